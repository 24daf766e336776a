/**
 * Titles and offices written before a person's name. Stripped from speaker names (`Ambassador
 * Munir Akram` → `Munir Akram`), and a title followed by a name marks where a new speaker begins
 * in a list of quotes. Longer titles come first so that `Prime Minister` wins over `Minister`.
 */
const TITLES = [
  'Deputy Permanent Representative', 'Permanent Representative', 'Special Representative',
  'Deputy Prime Minister', 'Prime Minister', 'Foreign Minister', 'Foreign Secretary',
  'Secretary of State', 'Under-Secretary-General', 'Assistant Secretary-General',
  'Secretary-General', 'Secretary General', 'Director-General', 'Director General',
  'High Commissioner', 'Special Assistant', 'Special Envoy', 'Special Rapporteur',
  'Vice President', 'Vice-President', 'Vice Chairman', 'Vice Chair', 'Crown Prince',
  'Ambassador', 'Minister', 'President', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
  'Governor', 'Senator', 'Secretary', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Envoy',
  'Representative', 'Commissioner', 'Director', 'Chancellor', 'Premier', 'Rapporteur',
  'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Emir', 'Sultan', 'Judge', 'Justice',
  'General', 'Colonel', 'Captain', 'Admiral', 'Lord', 'Lady', 'Sir', 'Dame', 'Professor',
  'Excellency', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Amb.', 'Sen.', 'Rep.', 'Gov.',
  'H.E.',
]

const SPECIAL_CHARACTER_RE = /[.*+?^${}()|[\]\\]/g

/** Regex source matching one title; use inside larger patterns. */
export const TITLE_PATTERN = `(?:${TITLES.map((title) => title.replace(SPECIAL_CHARACTER_RE, '\\$&')).join('|')})`

/**
 * The `[A-Za-z]` run each title starts with (`Prime` of `Prime Minister`, `Mr` of `Mr.`): a title
 * can begin only where such a word does, which a scan checks before running a title regex.
 */
export const TITLE_FIRST_WORDS = new Set(TITLES.map((title) => /^[A-Za-z]+/.exec(title)![0]))
