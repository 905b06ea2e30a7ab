// Numbered lists written in the same style as the sections they sit in: "2. 파일 현황" followed by flush-left
// "1. 파일명", "2. 항목" and then "3. 위탁". Read as one sequence they show gaps and duplicates; read as
// sections with lists inside, they run straight. This finds the reading whose sections run straightest.

/** The most headings of one style this looks through; longer runs (hostile input) are left as they are. */
const MAX_HEADINGS = 400;
// the reading with the fewest jumps and repeats among sections wins, and of those the one with the most
// sections: "1 2 3 1 2 3 4 5 4 5" is a list inside section 3, not two runs
const IN_SEQUENCE = 0;
const OUT_OF_SEQUENCE = -1;

export interface NumberedHeading {
  number: number;
  /** a line that reads as a title: a lone titled "1." among sections is a section whose number was lost */
  isTitle: boolean;
}

interface Step {
  /** the section number expected next, 0 before the first section */
  outer: number;
  /** the nested list's next number, 0 outside a list */
  inner: number;
  /** the list so far is one titled item, too little to call a list */
  doubtful: boolean;
  score: number;
  /** headings read as sections so far: on equal scores the reading with more sections wins */
  sections: number;
  /** the choices so far, newest first */
  path: Choice | null;
}

interface Choice {
  nested: boolean;
  previous: Choice | null;
}

const better = (a: Step, b: Step) => a.score > b.score || (a.score === b.score && a.sections > b.sections);
const stateKey = (step: Step) => `${step.outer}:${step.inner}:${step.doubtful ? 1 : 0}`;

/**
 * For headings of one style in document order, which are items of a list nested in the section before
 * them. A nested list starts at 1 and counts up by one.
 */
export function nestedListItems(headings: readonly NumberedHeading[]): boolean[] {
  const none = headings.map(() => false);
  if (headings.length < 3 || headings.length > MAX_HEADINGS || headings.every(({ number }) => number === headings[0].number)) return none;
  let states = new Map<string, Step>([["", { outer: 0, inner: 0, doubtful: false, score: 0, sections: 0, path: null }]]);
  const offer = (next: Map<string, Step>, step: Step) => {
    const key = stateKey(step);
    const held = next.get(key);
    if (!held || better(step, held)) next.set(key, step);
  };
  for (const { number, isTitle } of headings) {
    const next = new Map<string, Step>();
    for (const state of states.values()) {
      const nested = (inner: number, doubtful: boolean): Step => ({
        ...state,
        inner,
        doubtful,
        path: { nested: true, previous: state.path },
      });
      if (!state.doubtful) {
        const inSequence = state.outer === 0 || number === state.outer;
        offer(next, {
          outer: number + 1,
          inner: 0,
          doubtful: false,
          score: state.score + (inSequence ? IN_SEQUENCE : OUT_OF_SEQUENCE),
          sections: state.sections + 1,
          path: { nested: false, previous: state.path },
        });
        if (state.outer !== 0 && number === 1) offer(next, nested(2, isTitle));
      }
      if (state.inner !== 0 && number === state.inner) offer(next, nested(number + 1, false));
    }
    states = next;
  }
  let best: Step | null = null;
  for (const state of states.values()) if (!state.doubtful && (!best || better(state, best))) best = state;
  if (!best) return none;
  const nested: boolean[] = [];
  for (let choice = best.path; choice; choice = choice.previous) nested.push(choice.nested);
  return nested.reverse();
}
