import type { MessageCatalog } from './message-keys.js';

/**
 * Swahili, standard (Kiswahili sanifu) as read in Kenya and Tanzania: plain imperatives and
 * subjunctives («kisha ujaribu tena»), the noun before its number («majaribio 2»). «Sekunde» does
 * not change in the plural; «jaribio/majaribio» does. Not yet reviewed by a native speaker.
 */
export const sw: MessageCatalog = {
  NO_FACE: 'Hatuoni uso wako. Tazama kamera moja kwa moja.',
  MULTIPLE_FACES: 'Hakikisha kuwa uko peke yako kwenye picha.',
  FACE_TOO_SMALL: 'Sogea karibu na kamera.',
  FACE_TOO_LARGE: 'Sogea mbali kidogo na kamera.',
  FACE_OFF_CENTER: 'Weka uso wako katikati ya mviringo.',
  TOO_DARK: 'Kuna giza sana. Elekea dirisha au washa taa.',
  TOO_BRIGHT: 'Kuna mwanga mwingi sana. Ondoka kwenye mwanga mkali wa moja kwa moja.',
  BLURRY: 'Picha haiko wazi. Tulia na ufute lenzi ya kamera.',
  EYES_CLOSED: 'Fumbua macho yako na utazame kamera.',
  SUNGLASSES: 'Vua miwani yako ya jua.',
  LIVENESS_FAILED:
    'Hatukuweza kuthibitisha kuwa upo kweli. Tazama kamera wewe mwenyewe, mahali penye mwanga mzuri, kisha ujaribu tena.',
  CAMERA_DENIED: 'Ruhusu kamera katika mipangilio ya kivinjari chako, kisha ujaribu tena.',
  CAMERA_NOT_FOUND: 'Hakuna kamera iliyopatikana. Unganisha kamera au tumia kifaa kingine.',
  CAMERA_IN_USE: 'Programu nyingine inatumia kamera yako. Ifunge, kisha ujaribu tena.',
  CAMERA_UNSUPPORTED:
    'Kivinjari hiki hakiwezi kufungua kamera. Tumia kivinjari kilichosasishwa au kifaa kingine.',
  INSECURE_CONTEXT:
    'Kamera imezuiwa kwa sababu ukurasa huu si salama. Ufungue kwa anwani ya https:// au wasiliana na huduma kwa wateja.',
  NETWORK_ERROR: 'Angalia muunganisho wako wa intaneti, kisha ujaribu tena.',
  TIMEOUT: 'Hii inachukua muda mrefu mno. Angalia muunganisho wako kisha ujaribu tena.',
  RATE_LIMITED: 'Majaribio mengi mno. Subiri kidogo, kisha ujaribu tena.',
  SERVER_ERROR: 'Hitilafu imetokea upande wetu. Jaribu tena baada ya muda mfupi.',
  TOKEN_MISSING: 'Hakuna kipindi cha kupiga picha. Anza upya kutoka kwenye programu.',
  TOKEN_INVALID: 'Kipindi hiki cha kupiga picha si halali. Anza upya.',
  TOKEN_EXPIRED: 'Muda wa kipindi cha kupiga picha umeisha. Anza upya.',
  ATTEMPTS_EXHAUSTED: 'Hakuna majaribio yaliyobaki katika kipindi hiki. Jaribu tena baadaye.',
  INVALID_RESPONSE: 'Tumepokea jibu lisilotarajiwa. Jaribu tena baada ya muda mfupi.',
  IMAGE_REJECTED:
    'Hatukuweza kutumia picha hiyo. Piga nyingine mahali penye mwanga mzuri, ukitazama kamera.',

  title: 'Piga selfie',
  intro: 'Weka uso wako ndani ya mviringo. Picha itapigwa yenyewe.',
  start: 'Washa kamera',
  starting: 'Inawasha kamera…',
  framingGood: 'Vizuri sana, tulia hivyo',
  manualHint: 'Weka uso wako katikati ya mviringo, kisha upige picha.',
  capture: 'Piga picha',
  capturing: 'Inapiga picha…',
  submitting: 'Inakagua…',
  passed: 'Umethibitishwa',
  retry: 'Jaribu tena',
  failed: 'Hatukuweza kukuthibitisha',
  failedHint:
    'Umetumia majaribio yako yote. Jaribu tena baadaye au wasiliana na huduma kwa wateja.',
  attemptsLeft: { one: 'Jaribio {count} limebaki', other: 'Majaribio {count} yamebaki' },
  waitSeconds: {
    one: 'Unaweza kujaribu tena baada ya sekunde {count}.',
    other: 'Unaweza kujaribu tena baada ya sekunde {count}.',
  },
  detectorLoading: 'Inaandaa utambuzi wa uso…',
  detectorProgress: 'Inapakia utambuzi wa uso: {percent}%',
  chooseCamera: 'Chagua kamera',
  previewLabel: 'Onyesho la kamera',
  cancel: 'Ghairi',
  continue: 'Endelea',
};
