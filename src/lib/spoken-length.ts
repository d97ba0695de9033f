/** How long text takes to say aloud. Interview answers are paced at about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds to say `words` words aloud. */
export function spokenSeconds(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.round((words / wordsPerMinute) * 60);
}

/** "2 min 30 s" style label for a number of seconds. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
