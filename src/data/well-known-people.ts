import { lexiconKey } from './lexicon.js'

/**
 * Public figures whose surname alone names them in world news, as a copy
 * editor reads it: an article that says only `Obama said` or `President Putin`
 * means Barack Obama and Vladimir Putin. Each entry: the word said alone (`Xi`
 * for Xi Jinping, family name first), the full name and the gender; the map is
 * keyed by the word's `lexiconKey`.
 *
 * Two uses: such a word standing alone names a person (`“Obama never …”`),
 * and it gives an entity's `key` (grouping across articles), never its `name`,
 * only for a person the article calls by that word alone (one it names in
 * full has that full name's key), unless an honorific shows another gender
 * (`Mrs. Obama`). Surnames that many well-known people share (`Clinton`,
 * `Bush`, `Johnson`, `Khan`, `Sanders`) are left out on purpose.
 */
export const wellKnownPeople: ReadonlyMap<string, { name: string; gender: 'male' | 'female' }> =
  new Map(
    (
      [
        // United States
        ['Obama', 'Barack Obama', 'male'],
        ['Trump', 'Donald Trump', 'male'],
        ['Biden', 'Joe Biden', 'male'],
        ['Reagan', 'Ronald Reagan', 'male'],
        ['Nixon', 'Richard Nixon', 'male'],
        ['Eisenhower', 'Dwight Eisenhower', 'male'],
        ['Pence', 'Mike Pence', 'male'],
        ['Pelosi', 'Nancy Pelosi', 'female'],
        ['McConnell', 'Mitch McConnell', 'male'],
        ['Schumer', 'Chuck Schumer', 'male'],
        ['Kavanaugh', 'Brett Kavanaugh', 'male'],
        ['Rubio', 'Marco Rubio', 'male'],
        ['Kasich', 'John Kasich', 'male'],
        ['Romney', 'Mitt Romney', 'male'],
        ['Fiorina', 'Carly Fiorina', 'female'],
        ['McCain', 'John McCain', 'male'],
        ['Feinstein', 'Dianne Feinstein', 'female'],
        ['Comey', 'James Comey', 'male'],
        ['Giuliani', 'Rudy Giuliani', 'male'],
        ['Strzok', 'Peter Strzok', 'male'],
        ['Soros', 'George Soros', 'male'],
        ['Snowden', 'Edward Snowden', 'male'],
        ['Assange', 'Julian Assange', 'male'],
        ['Zuckerberg', 'Mark Zuckerberg', 'male'],
        ['Bezos', 'Jeff Bezos', 'male'],
        ['Bannon', 'Steve Bannon', 'male'],
        ['Kushner', 'Jared Kushner', 'male'],
        ['Pompeo', 'Mike Pompeo', 'male'],
        ['Tillerson', 'Rex Tillerson', 'male'],
        ['Mnuchin', 'Steven Mnuchin', 'male'],
        ['Kissinger', 'Henry Kissinger', 'male'],
        ['Blinken', 'Antony Blinken', 'male'],
        ['Yellen', 'Janet Yellen', 'female'],
        ['Bernanke', 'Ben Bernanke', 'male'],
        ['Greenspan', 'Alan Greenspan', 'male'],
        ['Buffett', 'Warren Buffett', 'male'],
        ['Zuckerberg', 'Mark Zuckerberg', 'male'],
        ['Musk', 'Elon Musk', 'male'],
        ['Bezos', 'Jeff Bezos', 'male'],
        // Europe
        ['Putin', 'Vladimir Putin', 'male'],
        ['Gorbachev', 'Mikhail Gorbachev', 'male'],
        ['Yeltsin', 'Boris Yeltsin', 'male'],
        ['Lavrov', 'Sergei Lavrov', 'male'],
        ['Navalny', 'Alexei Navalny', 'male'],
        ['Lukashenko', 'Alexander Lukashenko', 'male'],
        ['Zelensky', 'Volodymyr Zelensky', 'male'],
        ['Zelenskyy', 'Volodymyr Zelensky', 'male'],
        ['Merkel', 'Angela Merkel', 'female'],
        ['Scholz', 'Olaf Scholz', 'male'],
        ['Macron', 'Emmanuel Macron', 'male'],
        ['Sarkozy', 'Nicolas Sarkozy', 'male'],
        ['Hollande', 'François Hollande', 'male'],
        ['Berlusconi', 'Silvio Berlusconi', 'male'],
        ['Meloni', 'Giorgia Meloni', 'female'],
        ['Draghi', 'Mario Draghi', 'male'],
        ['Lagarde', 'Christine Lagarde', 'female'],
        ['Juncker', 'Jean-Claude Juncker', 'male'],
        ['Orbán', 'Viktor Orbán', 'male'],
        ['Erdoğan', 'Recep Tayyip Erdoğan', 'male'],
        ['Thatcher', 'Margaret Thatcher', 'female'],
        ['Blair', 'Tony Blair', 'male'],
        ['Sunak', 'Rishi Sunak', 'male'],
        ['Starmer', 'Keir Starmer', 'male'],
        ['Guterres', 'António Guterres', 'male'],
        // History: leaders a writer names by one word (`a Nazi scientist … for Hitler`).
        ['Hitler', 'Adolf Hitler', 'male'],
        ['Stalin', 'Joseph Stalin', 'male'],
        ['Mussolini', 'Benito Mussolini', 'male'],
        ['Lenin', 'Vladimir Lenin', 'male'],
        ['Churchill', 'Winston Churchill', 'male'],
        // Asia, Africa, the Americas, Oceania
        ['Xi', 'Xi Jinping', 'male'],
        ['Modi', 'Narendra Modi', 'male'],
        ['Netanyahu', 'Benjamin Netanyahu', 'male'],
        ['Khamenei', 'Ali Khamenei', 'male'],
        ['Rouhani', 'Hassan Rouhani', 'male'],
        ['Ahmadinejad', 'Mahmoud Ahmadinejad', 'male'],
        ['Musharraf', 'Pervez Musharraf', 'male'],
        ['Jinnah', 'Muhammad Ali Jinnah', 'male'],
        ['Mao', 'Mao Zedong', 'male'],
        ['Karzai', 'Hamid Karzai', 'male'],
        ['Kishida', 'Fumio Kishida', 'male'],
        ['Duterte', 'Rodrigo Duterte', 'male'],
        ['Mandela', 'Nelson Mandela', 'male'],
        ['Ramaphosa', 'Cyril Ramaphosa', 'male'],
        ['Zuma', 'Jacob Zuma', 'male'],
        ['Mugabe', 'Robert Mugabe', 'male'],
        ['Buhari', 'Muhammadu Buhari', 'male'],
        ['Bolsonaro', 'Jair Bolsonaro', 'male'],
        ['Maduro', 'Nicolás Maduro', 'male'],
        ['Milei', 'Javier Milei', 'male'],
        ['Sheinbaum', 'Claudia Sheinbaum', 'female'],
        ['Ardern', 'Jacinda Ardern', 'female'],
      ] as const
    ).map(([alone, name, gender]) => [lexiconKey(alone), { name, gender }]),
  )
