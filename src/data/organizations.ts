import { stateAbbreviations, wordlikeStateAbbreviations } from './places.js'

/** `Serena Hotel`, `Stonewall Inn`: a place of business, which `on` does not join to where it is. */
const venueWords = ['hotel', 'motel', 'inn', 'resort', 'spa', 'restaurant', 'cafe', 'casino']
export const venues: ReadonlySet<string> = new Set(venueWords)

/**
 * Words that make a run of capitalised words an organisation, lower case:
 * `Ministry of Foreign Affairs`, `Capital Development Authority`,
 * `Pakistan Medical and Dental Council`.
 */
export const organizationWords: ReadonlySet<string> = new Set([
  'academy',
  'agency',
  'airlines',
  'airways',
  'alliance',
  'army',
  'assembly',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'cabinet',
  'caucus',
  'center',
  'centre',
  'chamber',
  'club',
  'coalition',
  'college',
  'commission',
  'committee',
  'company',
  'conference',
  'congress',
  'corp',
  'co',
  'corp.',
  'corporation',
  'council',
  'court',
  'department',
  'division',
  'fc',
  // Football clubs' last words: `Blackburn Rovers`, `Wolverhampton Wanderers`, `Charlton Athletic`.
  'rovers',
  'wanderers',
  'athletic',
  'federation',
  'force',
  'forces',
  'foundation',
  // `Heinrich Maier Stiftung`: a foundation, in German.
  'stiftung',
  'front',
  'fund',
  'group',
  'guard',
  'hospital',
  'inc',
  'inc.',
  'institute',
  'institution',
  'league',
  'ltd',
  'ltd.',
  'media',
  'ministry',
  'movement',
  'navy',
  'network',
  'news',
  'office',
  'organisation',
  'organization',
  'parliament',
  'party',
  'police',
  'customs',
  'post',
  'press',
  'programme',
  'program',
  'school',
  'senate',
  'service',
  'services',
  'society',
  'tribunal',
  'trust',
  'union',
  'university',
  'times',
  'telegraph',
  'journal',
  'magazine',
  ...venueWords,
  'tribune',
  'herald',
  'gazette',
  'observer',
  'chronicle',
  'inquirer',
  'ledger',
  'sentinel',
  'examiner',
  'radio',
  'television',
  'tv',
  'studios',
  'pictures',
  'records',
  'systems',
  'technologies',
  'labs',
  'holdings',
  'partners',
  'industries',
  // `Tyson Foods`, `Michael Foods`
  'foods',
  // `Nancy Paulsen Books`, `Candlewick Press`, `Hachette Publishing`: publishers.
  'books',
  'publishing',
  'publishers',
  // `Archie Comics`, `Marvel Comics`: comics publishers; `the Jane Collective`: a group.
  'comics',
  'collective',
  'motors',
  'airport',
  'exchange',
  'secretariat',
  'directorate',
  'command',
  'brigade',
  'regiment',
  'unit',
  'squad',
  'team',
  'festival',
  // `Nuclear Security Summit`, `Innocence Project`: a meeting, or work done under a name.
  'summit',
  'project',
  'museum',
  'gallery',
  // `Clinton Presidential Library`, `Beauchamp Branch Library`.
  'library',
  // `Zia Mohyeddin Theatre`, `Gaddafi Stadium`: a venue named after a person.
  'theatre',
  'theater',
  'stadium',
  // `Sardar Ashraf Baluch Private Limited`, `Habib Rafiq Engineering`, `Engro Fertilizers`: firms.
  'limited',
  'engineering',
  'fertilizer',
  'fertilizers',
  'chemicals',
  'securities',
  'pharmaceuticals',
  'textiles',
  'enterprises',
  // `SI Global Solutions`, `Acme Consulting`: a firm's trade.
  'solutions',
  'consulting',
  // `Henry Realty`: a firm that sells houses.
  'realty',
  'consultants',
  // `CRISPR Therapeutics`, `Caribou Biosciences`, `Reline Investments`, `Perpetual Trustees`,
  // `Third Rock Ventures`: a firm's trade in the plural (not `Capital`, nor `Advisers`, people).
  'therapeutics',
  'biosciences',
  'investments',
  'trustees',
  'ventures',
  // `Capital Economics`, `Oxford Economics`: a forecaster.
  'economics',
  // `PHF Women Wing`, `PPP Media Wing`: a party's or body's branch.
  'wing',
  'brothers',
  // `The Alex Jones Show`: a programme named after its host.
  'show',
  'podcast',
  // `Ted Cruz Super PAC`: a political action committee, often named after whom it backs.
  'pac',
])

/**
 * `Marion Avenue Baptist Church`, `Roman Catholic Church`: a congregation's word, which ends a
 * body's name of two words or more (alone, `Church letter`, it is the common noun).
 */
export const congregationWords: ReadonlySet<string> = new Set(['church', 'churches'])

/** Words that open an organisation's name: `Ministry of …`, `University of …`, `Bank of …`. */
export const organizationHeads: ReadonlySet<string> = new Set([
  'ministry',
  // `Center for Automotive Research`, `Centre for Law and Security`
  'center',
  'centre',
  'university',
  'bank',
  'department',
  'bureau',
  'office',
  'institute',
  'academy',
  'council',
  'court',
  'house',
  'board',
  'college',
  'school',
  'federation',
  'league',
  'museum',
  'chamber',
  'church',
  'commission',
  'committee',
  'association',
  'organisation',
  'organization',
])

/** Places written short, to their one name: `US` and `United States` are one place. */
export const placeAliases: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['usa', 'United States'],
  ['u.s.a.', 'United States'],
  ['america', 'United States'],
  ['united states of america', 'United States'],
  ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['uae', 'United Arab Emirates'],
  ['kpk', 'Khyber Pakhtunkhwa'],
  ['kp', 'Khyber Pakhtunkhwa'],
  ['drc', 'Democratic Republic of the Congo'],
  // `Lawrence, Kan.`: the abbreviations news style gives US states, where no word has them.
  ...[...stateAbbreviations].filter(
    ([abbreviation]) => !wordlikeStateAbbreviations.has(abbreviation),
  ),
])

/**
 * A party's member or supporter, as a word (compared in lower case, singular):
 * `Democrat Hillary Clinton`, `the Republicans`, `Labour`.
 */
export const partyMembers: ReadonlySet<string> = new Set([
  'democrat',
  'dem',
  'republican',
  'tory',
  'labour',
  'conservative',
  'liberal',
  'progressive',
  'socialist',
  'libertarian',
  'independent',
])

/** A faith's word, for its believers: `Catholics`, `a Sikh`, `Sunni`. */
export const faiths: ReadonlySet<string> = new Set(
  'catholic catholics protestant protestants muslim muslims hindu hindus sikh sikhs buddhist buddhists jewish anglican anglicans evangelical evangelicals lutheran methodist presbyterian pentecostal orthodox sunni sunnis shia shiite shiites mormon mormons'.split(
    ' ',
  ),
)

/**
 * Peoples, whose names stand for many: `the Kurds, who …`, `many Latinos said`. (With the faiths
 * and the plurals of demonyms, `Pakistanis`: see `isPeopleName`.)
 */
export const peoples: ReadonlySet<string> = new Set([
  'latino',
  'latina',
  'hispanic',
  'kurd',
  'arab',
  'jew',
  'christian',
  'pashtun',
  'uighur',
  'uyghur',
  'tamil',
  'hazara',
  'yazidi',
  'druze',
  'copt',
  'millennial',
])

/** A party's member as a noun: `one senior Democrat`, `a Tory`. (Not `Labour`, the party.) */
export const partyMemberNouns: ReadonlySet<string> = new Set([
  'democrat',
  'dem',
  'republican',
  'tory',
])
