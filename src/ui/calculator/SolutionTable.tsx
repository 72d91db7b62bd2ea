import { isUndefined } from "../../core/maybe";
import { Tex } from "../math/Tex";
import type { Row } from "./problem";
import { valueLines } from "./values";

/** The worked solution: each intermediate value next to its formula and its meaning; answers stand out. */
export function SolutionTable({ rows }: { rows: readonly Row[] }) {
  return (
    <table className="calc-solution">
      <caption className="calc-visually-hidden">Intermediate values and answers</caption>
      <tbody>
        {rows.map((row) => {
          const lines = valueLines(row.value);
          return (
            <tr key={row.text} className={row.answer ? "calc-answer" : undefined}>
              <th scope="row">
                <div className="calc-row-head">
                  <Tex tex={`\\displaystyle ${row.tex}`} text={row.text} />
                  <span className="calc-row-words">{row.words}</span>
                </div>
              </th>
              <td>
                {lines ? (
                  lines.map((line, i) => (
                    <span key={i} className="calc-value-line">
                      {line}
                    </span>
                  ))
                ) : (
                  <span className="calc-undefined-value">
                    undefined
                    <span className="calc-undefined-reason">
                      {isUndefined(row.value) && row.value.undefinedBecause}
                    </span>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
