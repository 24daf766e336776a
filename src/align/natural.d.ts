// `natural` ships no types for its submodules; we import them one by one because the package
// root prints to stdout on import (see stem.ts).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porterStemmer: { stem(word: string): string }
  export default porterStemmer
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] }
  export default stopwords
}
