// GitHub stage: an error of the action's own that main.ts names in its one failure line (kept apart so that
// main.ts loads without the rest of the action).

/** A push, schedule or dispatch run that found no idea file to lint. */
export class NoIdeaFilesError extends Error {
  override name = 'NoIdeaFilesError';
}
