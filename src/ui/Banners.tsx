import { useApp, useAppStore } from "./store-context";

/** Corrections made to a link or a field: plain text (never markup), each dismissible. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const store = useAppStore();
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="status" aria-label="Notices">
      {notices.map((notice, index) => (
        <li key={`${index}-${notice.key}`}>
          <span>{notice.message}</span>
          <button
            type="button"
            aria-label={`Dismiss notice: ${notice.message}`}
            onClick={() => store.getState().dismissNotice(index)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The latest failed worker call, with its retry; the settings stay as they were. */
export function FaultBar() {
  const fault = useApp((s) => s.fault);
  const store = useAppStore();
  if (!fault) return null;
  return (
    <div className="fault" role="alert">
      <span>
        Something went wrong while {fault.task}: {fault.message}
      </span>
      <button type="button" onClick={fault.retry}>
        Retry
      </button>
      <button type="button" aria-label="Dismiss error" onClick={() => store.getState().dismissFault()}>
        ×
      </button>
    </div>
  );
}
