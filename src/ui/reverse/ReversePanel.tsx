import { Panel } from "../Panel";

/** The Reverse panel (being built). */
export function ReversePanel() {
  return (
    <Panel name="Reverse">
      <p>Coming soon.</p>
    </Panel>
  );
}
