import { FaultBar, Notices } from "./Banners";
import { ForwardPanel } from "./forward/ForwardPanel";
import { LossPanel } from "./loss/LossPanel";
import { ReversePanel } from "./reverse/ReversePanel";
import { SchedulePanel } from "./schedule/SchedulePanel";
import { KeyHelp } from "./shortcuts/KeyHelp";
import "./shortcuts/shortcuts.css";
import { useShortcuts } from "./shortcuts/useShortcuts";
import { useAppStore } from "./store-context";
import { TopBar } from "./TopBar";

/**
 * The app shell: Schedule on the left, Forward and Reverse side by side in the centre, Loss on the right.
 * Notices and errors float over the bottom edge, so their coming and going never moves a panel.
 */
export function App() {
  const [helpOpen, setHelpOpen] = useShortcuts(useAppStore());
  return (
    <div className="app">
      <TopBar onShowKeys={() => setHelpOpen(true)} />
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
      <KeyHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
