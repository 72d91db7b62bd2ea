/** What a guided lesson is made of: steps that each set the page to a link's settings and say what to see. */

/** A formula shown with a step: TeX for KaTeX, and plain Unicode until KaTeX loads. */
export interface StepFormula {
  readonly tex: string;
  readonly text: string;
}

export interface LessonStep {
  /** A few words: the step's heading. */
  readonly title: string;
  /**
   * The step's settings as link keys, written as the page writes its own link (only keys that differ
   * from the defaults, in link order, without `v`): `sched=custom&betas=0.1,0.2,0.5&data=image&t=3`.
   * Never a classroom key (present, panels, hide, slow, lesson, step): those are the lecturer's.
   */
  readonly state: string;
  /** What to look at and why, in one to three sentences; `_t`, `_{t−1}` are set as subscripts. */
  readonly text: string;
  readonly formula?: StepFormula;
}

export interface Lesson {
  readonly title: string;
  /** One sentence for the lesson menu. */
  readonly summary: string;
  /** Where the ideas come from. */
  readonly source: string;
  readonly steps: readonly LessonStep[];
}
