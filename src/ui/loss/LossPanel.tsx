import { Panel } from "../Panel";

/** The Loss panel (being built). */
export function LossPanel() {
  return (
    <Panel name="Loss">
      <p>Coming soon.</p>
    </Panel>
  );
}
