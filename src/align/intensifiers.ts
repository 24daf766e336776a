/**
 * Words that strengthen or soften a stance without changing it: what a "term shift" reports when
 * one is added or dropped between years ("support" → "steadfast support", "elevated" → "somewhat
 * elevated"). General English, not a list of any corpus's words.
 */
const INTENSIFIERS = new Set([
  'absolute', 'absolutely', 'categorical', 'categorically', 'complete', 'completely', 'considerable', 'considerably',
  'consistent', 'consistently', 'deep', 'deeply', 'especially', 'extreme', 'extremely', 'firm', 'firmly', 'full',
  'fully', 'genuine', 'genuinely', 'grave', 'gravely', 'great', 'greatly', 'heavily', 'highly', 'largely', 'massive',
  'moderately', 'particularly', 'partly', 'profound', 'profoundly', 'relentless', 'repeatedly', 'resolute',
  'resolutely', 'roughly', 'serious', 'seriously', 'severe', 'severely', 'significant', 'significantly', 'sincere',
  'sincerely', 'slightly', 'somewhat', 'staunch', 'staunchly', 'steadfast', 'steadfastly', 'strong', 'strongly',
  'substantial', 'substantially', 'total', 'totally', 'unequivocal', 'unequivocally', 'unwavering', 'urgent',
  'urgently', 'utmost', 'vehement', 'vehemently', 'very',
])

/** Whether a lower-case word only intensifies or hedges what follows. */
export function isIntensifier(word: string): boolean {
  return INTENSIFIERS.has(word)
}
