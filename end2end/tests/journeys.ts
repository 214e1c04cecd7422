// Journeys as the app hands them to the server (`POST /session`), for specs that open a later
// page directly: answers by question and option id, as in assessment/tests/personas.

/**
 * The issue's own daughter (assessment/tests/personas/daughter-for-her-father.toml, from the
 * Care and Support Statutory Guidance), who also worries whether he gets the benefits he
 * should: seven routes, sixteen reasons.
 */
export const SEVEN_ROUTES = {
  perspective: 'other',
  name: 'Dad',
  answers: {
    'age-band': 'age-75-to-84',
    'lives-alone': 'yes',
    'danger-now': 'no',
    'self-harm': 'no',
    'harm-by-others': ['none'],
    scam: 'no',
    'daily-life': ['meals', 'washing', 'medicines'],
    meals: ['cannot-without-help'],
    washing: ['unsafe', 'takes-much-longer'],
    'home-difficulties': ['bath-or-shower'],
    falls: 'no',
    hospital: 'no',
    clutter: 'no',
    'memory-worry': 'yes',
    'memory-recent': 'a-bit-worse',
    'memory-words': 'about-the-same',
    'memory-day-date': 'a-bit-worse',
    'memory-money': 'about-the-same',
    'low-mood': 'sometimes',
    worry: 'never',
    bereaved: 'no',
    'is-carer': 'yes',
    'cared-for': ['parent'],
    'caring-hours': 'under-20',
    'carer-health': 'no',
    'carer-life': ['time-for-yourself'],
    'carer-coping': 'some-days',
    'carer-backup': 'yes',
    'help-now': ['family-or-friends'],
    'more-control': ['none'],
    lonely: 'sometimes',
    'community-interests': ['someone-to-talk-to'],
    'money-worries': ['benefits'],
  },
};

/** Someone managing well who wants company: one route. */
export const ONE_ROUTE = {
  perspective: 'self',
  name: '',
  answers: {
    'age-band': 'age-65-to-74',
    'lives-alone': 'yes',
    'danger-now': 'no',
    'self-harm': 'no',
    'harm-by-others': ['none'],
    scam: 'no',
    'daily-life': ['none'],
    'home-difficulties': ['none'],
    falls: 'no',
    hospital: 'no',
    clutter: 'no',
    'memory-worry': 'no',
    'low-mood': 'never',
    worry: 'never',
    bereaved: 'no',
    'is-carer': 'no',
    'help-now': ['none'],
    'more-control': ['none'],
    lonely: 'often',
    'community-interests': ['someone-to-talk-to'],
    'money-worries': ['none'],
  },
};
