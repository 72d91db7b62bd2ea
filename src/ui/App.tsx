import { FaultBar, Notices } from "./Banners";
import { ForwardPanel } from "./forward/ForwardPanel";
import { LossPanel } from "./loss/LossPanel";
import { ReversePanel } from "./reverse/ReversePanel";
import { SchedulePanel } from "./schedule/SchedulePanel";
import { LessonBar } from "./lessons/LessonBar";
import "./lessons/lessons.css";
import { PresentStyle } from "./present/PresentStyle";
import { SlowCaption } from "./present/SlowCaption";
import { useSlowMotion } from "./present/useSlowMotion";
import { KeyHelp } from "./shortcuts/KeyHelp";
import "./shortcuts/shortcuts.css";
import { useShortcuts } from "./shortcuts/useShortcuts";
import { useApp, useAppStore } from "./store-context";
import { TopBar } from "./TopBar";

/**
 * The app shell: Schedule on the left, Forward and Reverse side by side in the centre, Loss on the right;
 * above them the top bar, the lesson on show and slow motion's caption. Notices and errors float over the
 * bottom edge, so their coming and going never moves a panel. Presentation mode is a class on the root
 * (src/ui/present/present.css) plus one generated rule for what it hides.
 */
export function App() {
  const [helpOpen, setHelpOpen] = useShortcuts(useAppStore());
  const present = useApp((s) => s.settings.view.present);
  const panelCount = useApp((s) => s.settings.view.panels.length);
  useSlowMotion();
  return (
    <div className={present ? "app present" : "app"} data-panel-count={present ? panelCount : undefined}>
      <PresentStyle />
      <div className="app-head">
        <TopBar onShowKeys={() => setHelpOpen(true)} />
        <LessonBar />
        <SlowCaption />
      </div>
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
