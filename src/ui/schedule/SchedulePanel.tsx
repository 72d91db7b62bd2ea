import { Panel } from "../Panel";

/** The Schedule panel (being built). */
export function SchedulePanel() {
  return (
    <Panel name="Schedule">
      <p>Coming soon.</p>
    </Panel>
  );
}
