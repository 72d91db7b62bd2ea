import { Panel } from "../Panel";

/** The Forward panel (being built). */
export function ForwardPanel() {
  return (
    <Panel name="Forward">
      <p>Coming soon.</p>
    </Panel>
  );
}
