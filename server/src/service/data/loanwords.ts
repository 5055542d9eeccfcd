/**
 * Words borrowed into Vietnamese and written as one run of letters, in
 * spellings official texts use (`ôtô`, `axít`, `kilômét`): not syllables of
 * the grammar and not in the syllable list, yet no typo. The spelling check
 * accepts them (small letters). Written for the project.
 */
export const LOANWORDS: readonly string[] = `
ôtô axít apatít nitơ kilômét kilôgam kilôoát mêgaoát cácbon amiăng pôlyme prôtêin vắcxin xêmina karaôkê
xenlulô pênixilin ôxy ôxít bêtông ximăng vitamín hécta catốt anốt
`
  .split(/\s+/)
  .filter(Boolean);
