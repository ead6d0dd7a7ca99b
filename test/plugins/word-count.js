// A unified plugin for the tests of `--use`: counts the words of the nlcst
// tree it is given, into the record's `extensions.wordCount`, and says so
// in a message when an article has none.
export default function wordCount() {
  return (tree, file) => {
    let words = 0
    const visit = (node) => {
      if (node.type === 'WordNode') words++
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
    file.data.extensions = { ...file.data.extensions, wordCount: words }
    if (words === 0) {
      const message = file.message('Expected words in the article')
      message.ruleId = 'no-words'
      message.source = 'word-count'
    }
  }
}
