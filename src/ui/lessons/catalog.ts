import type { LessonId } from "../../state/classroom";
import { CLOSED_FORM_LESSON } from "./content/closed-form";
import { FORWARD_LESSON } from "./content/forward";
import { MEMORIZATION_LESSON } from "./content/memorization";
import { NOISE_VS_MEAN_LESSON } from "./content/noise-vs-mean";
import { SCHEDULES_LESSON } from "./content/schedules";
import { TRAIN_LESSON } from "./content/train";
import type { Lesson } from "./lesson";

/** Every lesson by its id in links (LESSON_IDS gives the menu's order). */
export const LESSONS: Readonly<Record<LessonId, Lesson>> = {
  forward: FORWARD_LESSON,
  "closed-form": CLOSED_FORM_LESSON,
  schedules: SCHEDULES_LESSON,
  "noise-vs-mean": NOISE_VS_MEAN_LESSON,
  train: TRAIN_LESSON,
  memorization: MEMORIZATION_LESSON,
};
