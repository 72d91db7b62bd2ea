import { FaultBar, Notices } from "./Banners";
import { ForwardPanel } from "./forward/ForwardPanel";
import { LossPanel } from "./loss/LossPanel";
import { ReversePanel } from "./reverse/ReversePanel";
import { SchedulePanel } from "./schedule/SchedulePanel";
import { TopBar } from "./TopBar";

/**
 * The app shell: Schedule on the left, Forward and Reverse side by side in the centre, Loss on the right.
 * Notices and errors float over the bottom edge, so their coming and going never moves a panel.
 */
export function App() {
  return (
    <div className="app">
      <TopBar />
      <main className="workspace">
        <SchedulePanel />
        <div className="stage">
          <ForwardPanel />
          <ReversePanel />
        </div>
        <LossPanel />
      </main>
      <div className="banners">
        <Notices />
        <FaultBar />
      </div>
    </div>
  );
}
