import type { MessageCatalog } from './message-keys.js';

/**
 * French. Typographic apostrophes (’), a no-break space (`\u00a0`) before `:` and between a
 * number and its unit, a narrow no-break space (`\u202f`) before `;`, `!` and `?`.
 */
export const fr: MessageCatalog = {
  NO_FACE: 'Nous ne voyons pas votre visage. Regardez droit vers la caméra.',
  MULTIPLE_FACES: 'Vous devez être la seule personne sur la photo.',
  FACE_TOO_SMALL: 'Approchez-vous de la caméra.',
  FACE_TOO_LARGE: 'Éloignez-vous un peu de la caméra.',
  FACE_OFF_CENTER: 'Placez votre visage au centre de l’ovale.',
  TOO_DARK: 'Il fait trop sombre. Mettez-vous face à une fenêtre ou allumez la lumière.',
  TOO_BRIGHT: 'Il y a trop de lumière. Éloignez-vous de la lumière directe.',
  BLURRY: 'La photo est floue. Ne bougez pas et essuyez l’objectif de la caméra.',
  EYES_CLOSED: 'Gardez les yeux ouverts et regardez la caméra.',
  SUNGLASSES: 'Retirez vos lunettes de soleil.',
  LIVENESS_FAILED:
    'Nous n’avons pas pu confirmer votre présence. Placez-vous vous-même face à la caméra, dans un endroit bien éclairé, puis réessayez.',
  CAMERA_DENIED:
    'Autorisez l’accès à la caméra dans les réglages de votre navigateur, puis réessayez.',
  CAMERA_NOT_FOUND: 'Aucune caméra trouvée. Branchez une caméra ou utilisez un autre appareil.',
  CAMERA_IN_USE: 'Une autre application utilise votre caméra. Fermez-la, puis réessayez.',
  CAMERA_UNSUPPORTED:
    'Ce navigateur ne peut pas ouvrir la caméra. Utilisez un navigateur à jour ou un autre appareil.',
  INSECURE_CONTEXT:
    'La caméra est bloquée, car cette page n’est pas sécurisée. Ouvrez-la avec une adresse https:// ou contactez l’assistance.',
  NETWORK_ERROR: 'Vérifiez votre connexion Internet, puis réessayez.',
  TIMEOUT: 'Cela prend trop de temps. Vérifiez votre connexion et réessayez.',
  RATE_LIMITED: 'Trop de tentatives. Patientez un instant, puis réessayez.',
  SERVER_ERROR: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  INVALID_RESPONSE: 'Nous avons reçu une réponse inattendue. Réessayez dans un instant.',
  IMAGE_REJECTED:
    'Nous n’avons pas pu utiliser cette photo. Prenez-en une nouvelle, bien éclairée et face à la caméra.',
  TOKEN_MISSING: 'Cette vérification n’a pas pu démarrer. Revenez en arrière et recommencez.',
  TOKEN_INVALID: 'Ce lien de vérification n’est plus valable. Revenez en arrière et recommencez.',
  TOKEN_EXPIRED: 'Le temps de cette vérification est écoulé. Revenez en arrière et recommencez.',
  ATTEMPTS_EXHAUSTED:
    'Vous avez utilisé tous vos essais pour le moment. Revenez plus tard et réessayez.',

  title: 'Prenez un selfie',
  intro: 'Placez votre visage dans l’ovale. La photo sera prise automatiquement.',
  start: 'Activer la caméra',
  starting: 'Activation de la caméra…',
  framingGood: 'Parfait, ne bougez plus',
  manualHint: 'Placez votre visage au centre de l’ovale, puis prenez la photo.',
  capture: 'Prendre la photo',
  capturing: 'Prise de la photo…',
  submitting: 'Vérification…',
  passed: 'Vérification réussie',
  retry: 'Réessayer',
  failed: 'Nous n’avons pas pu vous vérifier',
  failedHint:
    'Vous avez utilisé toutes vos tentatives. Réessayez plus tard ou contactez l’assistance.',
  attemptsLeft: { one: '{count} tentative restante', other: '{count} tentatives restantes' },
  waitSeconds: {
    one: 'Vous pourrez réessayer dans {count}\u00a0seconde.',
    other: 'Vous pourrez réessayer dans {count}\u00a0secondes.',
  },
  chooseCamera: 'Choisir la caméra',
  previewLabel: 'Aperçu de la caméra',
  cancel: 'Annuler',
  continue: 'Continuer',
  detectorLoading: 'Préparation de la détection du visage…',
  detectorProgress: 'Chargement de la détection du visage\u00a0: {percent}\u00a0%',
};
