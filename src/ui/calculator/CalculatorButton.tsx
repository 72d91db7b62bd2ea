/** Opens the calculator of the textbook problems (being built). */
export function CalculatorButton() {
  return (
    <button type="button" disabled>
      Calculator
    </button>
  );
}
