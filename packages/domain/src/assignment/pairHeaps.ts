/**
 * For every ordered pair of departments (a, b), a min-heap of the people currently in a keyed by
 * cost[p][b] - cost[p][a]: the price of moving p from a to b. The top of heap (a, b) is the cheapest
 * a -> b edge of the department graph. All heaps of department a hold the same people, so they share one
 * size, and they are stored slot-major: slot s of heap (a, b) is at s * m + b in a's arrays. Inserting a
 * person walks the same chain of slots in every heap, which keeps memory access contiguous, and the tops of
 * all heaps of a form one contiguous row.
 */
export class PairHeaps {
  /** People in each department. */
  readonly size: Int32Array;
  private readonly capacity: Int32Array;
  private readonly keys: Float64Array[] = [];
  private readonly ids: Int32Array[] = [];
  /** slot[p * m + b] = position of person p in heap (department of p, b). */
  private readonly slot: Int32Array;

  constructor(
    private readonly cost: Float64Array,
    people: number,
    private readonly m: number,
    initialCapacity: (department: number) => number,
  ) {
    this.size = new Int32Array(m);
    this.capacity = new Int32Array(m);
    for (let a = 0; a < m; a++) {
      const capacity = Math.max(1, initialCapacity(a));
      this.capacity[a] = capacity;
      this.keys.push(new Float64Array(capacity * m));
      this.ids.push(new Int32Array(capacity * m));
    }
    this.slot = new Int32Array(people * m);
  }

  /** Department a's storage; while a is not empty, the top of heap (a, b) is at index b. Read only. */
  tops(a: number): { keys: Float64Array; ids: Int32Array } {
    return { keys: this.keys[a]!, ids: this.ids[a]! };
  }

  insert(person: number, a: number): void {
    if (this.size[a] === this.capacity[a]) this.grow(a);
    const m = this.m;
    const keys = this.keys[a]!;
    const ids = this.ids[a]!;
    const position = this.size[a]!;
    this.size[a] = position + 1;
    const row = person * m;
    const own = this.cost[row + a]!;
    for (let b = 0; b < m; b++) {
      if (b !== a) this.siftUp(keys, ids, b, position, this.cost[row + b]! - own, person);
    }
  }

  remove(person: number, a: number): void {
    const m = this.m;
    const keys = this.keys[a]!;
    const ids = this.ids[a]!;
    const last = this.size[a]! - 1;
    this.size[a] = last;
    const row = person * m;
    for (let b = 0; b < m; b++) {
      if (b === a) continue;
      const position = this.slot[row + b]!;
      if (position === last) continue;
      const movedKey = keys[last * m + b]!;
      const movedPerson = ids[last * m + b]!;
      const parent = ((position - 1) >> 1) * m + b;
      if (
        position > 0 &&
        (movedKey < keys[parent]! || (movedKey === keys[parent] && movedPerson < ids[parent]!))
      ) {
        this.siftUp(keys, ids, b, position, movedKey, movedPerson);
      } else {
        this.siftDown(keys, ids, b, position, last, movedKey, movedPerson);
      }
    }
  }

  private siftUp(
    keys: Float64Array,
    ids: Int32Array,
    b: number,
    from: number,
    key: number,
    person: number,
  ): void {
    const m = this.m;
    const slot = this.slot;
    let position = from;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const parentKey = keys[parent * m + b]!;
      const parentPerson = ids[parent * m + b]!;
      // Ties go to the lower person index so the structure, and hence the result, never depends on history.
      if (parentKey < key || (parentKey === key && parentPerson < person)) break;
      keys[position * m + b] = parentKey;
      ids[position * m + b] = parentPerson;
      slot[parentPerson * m + b] = position;
      position = parent;
    }
    keys[position * m + b] = key;
    ids[position * m + b] = person;
    slot[person * m + b] = position;
  }

  private siftDown(
    keys: Float64Array,
    ids: Int32Array,
    b: number,
    from: number,
    size: number,
    key: number,
    person: number,
  ): void {
    const m = this.m;
    const slot = this.slot;
    let position = from;
    for (;;) {
      let child = 2 * position + 1;
      if (child >= size) break;
      let childKey = keys[child * m + b]!;
      let childPerson = ids[child * m + b]!;
      if (child + 1 < size) {
        const rightKey = keys[(child + 1) * m + b]!;
        const rightPerson = ids[(child + 1) * m + b]!;
        if (rightKey < childKey || (rightKey === childKey && rightPerson < childPerson)) {
          child += 1;
          childKey = rightKey;
          childPerson = rightPerson;
        }
      }
      if (key < childKey || (key === childKey && person < childPerson)) break;
      keys[position * m + b] = childKey;
      ids[position * m + b] = childPerson;
      slot[childPerson * m + b] = position;
      position = child;
    }
    keys[position * m + b] = key;
    ids[position * m + b] = person;
    slot[person * m + b] = position;
  }

  /** Slot-major storage keeps every slot's index when the arrays grow, so growing is a plain copy. */
  private grow(a: number): void {
    const capacity = this.capacity[a]! * 2;
    const keys = new Float64Array(capacity * this.m);
    const ids = new Int32Array(capacity * this.m);
    keys.set(this.keys[a]!);
    ids.set(this.ids[a]!);
    this.keys[a] = keys;
    this.ids[a] = ids;
    this.capacity[a] = capacity;
  }
}
