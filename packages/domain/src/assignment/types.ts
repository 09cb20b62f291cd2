/** Fit of person i for department j at data[i * cols + j]; higher is better. */
export type DenseMatrix = { rows: number; cols: number; data: Float64Array };

export type DepartmentHeadcount = { min: number; max: number };

export type AssignmentInput = {
  /** People x departments fit, either dense row-major or an array of rows. All values finite. */
  fit: DenseMatrix | readonly (readonly number[])[];
  /** One entry per department (column of `fit`). */
  headcount: readonly DepartmentHeadcount[];
  /** person index -> department index it must get. */
  locked?: ReadonlyArray<{ person: number; department: number }>;
  /** Each person's current department index, -1 for none. Needed with `moveCost`. */
  current?: ArrayLike<number>;
  /** Subtracted from a person's fit when their department differs from `current` (including unassigned). */
  moveCost?: number;
  /** Allow people to stay unassigned (value 0 minus moveCost). Default false: everyone gets a department. */
  allowUnassigned?: boolean;
};

export type AssignmentResult = {
  /** Department index per person, -1 = unassigned (only with allowUnassigned). */
  departmentOf: Int32Array;
  /** Σ fit of the chosen pairs - moveCost * moves: the maximised objective. */
  value: number;
  /** Σ fit of the chosen pairs. */
  fitTotal: number;
  /** People whose department differs from `current`. */
  moves: number;
  /** People per department. */
  headcount: Int32Array;
};
