import { Panel } from "./Panel";

/** The app shell: Schedule on the left, Forward and Reverse side by side in the centre, Loss on the right. */
export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <h1>Diffusion Playground</h1>
      </header>
      <main className="workspace">
        <Panel name="Schedule">
          <p>The variance schedule β_t and what it leaves of the signal, ᾱ_t.</p>
        </Panel>
        <div className="stage">
          <Panel name="Forward">
            <p>Data dissolving into noise, step by step.</p>
          </Panel>
          <Panel name="Reverse">
            <p>Noise turned back into data by a noise predictor.</p>
          </Panel>
        </div>
        <Panel name="Loss">
          <p>The losses a diffusion model is trained on, with their formulas.</p>
        </Panel>
      </main>
    </div>
  );
}
