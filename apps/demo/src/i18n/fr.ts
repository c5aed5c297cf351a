import type { DemoStrings } from './demo-strings.js';

export const fr: DemoStrings = {
  documentTitle: 'Ouvrir votre compte · Harbor (démo LiveFrame)',
  brand: 'Harbor',
  demoBadge: 'Démo LiveFrame',
  skipToContent: 'Aller au contenu',
  languageLabel: 'Langue',
  languageNames: {
    en: 'English',
    fr: 'Français',
    ar: 'العربية',
    pt: 'Português',
    sw: 'Kiswahili',
  },
  progressLabel: 'Progression',
  stepNames: { welcome: 'Accueil', consent: 'Consentement', selfie: 'Selfie', result: 'Résultat' },
  stepOf: (position, total) => `Étape ${position} sur ${total}`,
  back: 'Retour',
  footer:
    'Une démonstration : aucun compte n’est ouvert et rien n’est conservé. Réalisée avec LiveFrame, open source.',

  welcome: {
    heading: 'Ouvrez votre compte Harbor',
    lead: 'Avant d’ouvrir votre compte, nous devons vérifier que vous êtes une personne réelle, présente en ce moment. Il suffit d’un selfie et d’environ une minute.',
    needHeading: 'Ce qu’il vous faut',
    needs: [
      'Un appareil avec une caméra',
      'Un endroit bien éclairé, face à la lumière',
      'Le visage dégagé : ni lunettes de soleil, ni chapeau, ni masque',
    ],
    duration: 'Environ 1 minute',
    start: 'Commencer',
  },

  consent: {
    heading: 'Votre photo, votre accord',
    lead: 'Lisez comment nous utilisons votre selfie avant de continuer.',
    sections: [
      {
        title: 'Ce que nous prenons',
        body: 'Une photo de votre visage, prise par votre caméra quand votre visage est bien cadré. Rien d’autre : ni vidéo, ni son.',
      },
      {
        title: 'Pourquoi',
        body: 'Pour vérifier qu’une personne réelle est devant la caméra, et non une photo, un écran ou un masque. Cela protège votre compte contre l’usurpation d’identité.',
      },
      {
        title: 'Qui la voit',
        body: 'Notre serveur transmet la photo à notre prestataire de vérification par une connexion chiffrée. Personne d’autre ne la reçoit.',
      },
      {
        title: 'Combien de temps nous la gardons',
        body: 'Dans cette démo, pas du tout : la photo est vérifiée une fois puis effacée. Un vrai service indique ici sa durée de conservation, par exemple 30 jours.',
      },
    ],
    checkbox: 'J’accepte que ma photo serve à vérifier que je suis une personne réelle.',
    missing:
      'Cochez la case pour continuer. Sans votre accord, nous ne pouvons pas prendre le selfie.',
    continue: 'Continuer vers le selfie',
  },

  selfie: {
    heading: 'Prenez un selfie',
    lead: 'Tenez votre appareil à hauteur des yeux, dans un endroit bien éclairé, puis activez la caméra et suivez les consignes sous l’image.',
    tips: [
      'Tournez-vous vers la lumière',
      'Remplissez l’ovale avec votre visage',
      'Restez immobile une seconde',
    ],
    scenarioNotice: (scenario) =>
      `Scénario de test « ${scenario} » : le simulateur répondra comme si cela s’était produit. Les vraies vérifications l’ignorent.`,
  },

  result: {
    passHeading: 'Vous êtes vérifié',
    passLead: 'Merci. Nous avons confirmé qu’une personne réelle a pris ce selfie.',
    retryHeading: 'Nous n’avons pas pu vous vérifier',
    retryLead: 'La vérification n’a pas abouti cette fois. Voici ce qui peut aider :',
    reasonsHeading: 'À essayer',
    tryAgain: 'Réessayer',
    startOver: 'Recommencer',
    endpointHeading: 'La réponse de la vérification',
    endpointLead:
      'Pour les développeurs : la réponse du service de détection du vivant, telle que votre proxy l’a renvoyée à la page.',
    frameHeading: 'Photo envoyée',
    frameAlt: 'La photo envoyée, avec le visage détecté encadré.',
    frameMissing: 'La photo envoyée n’est pas disponible.',
    faceBoxLabel: 'Visage détecté',
    livenessProbability: 'Probabilité de présence réelle',
    livenessThreshold: (threshold) => `Une personne réelle obtient plus de ${threshold}.`,
    livenessCheck: 'Vérification du vivant',
    faceHeading: 'Visage',
    faceDetected: 'Visage détecté',
    faceConfidence: 'Confiance de la détection',
    multipleFaces: 'Plusieurs visages',
    noFaceDetails: 'Aucun visage détecté : pas de détails sur le visage.',
    ageRange: 'Tranche d’âge',
    ageRangeValue: (low, high) => `${low} à ${high} ans`,
    gender: 'Genre',
    genderValues: { Male: 'Homme', Female: 'Femme', Unknown: 'Inconnu' },
    attributesHeading: 'Attributs',
    attributes: {
      smile: 'Sourire',
      eyeglasses: 'Lunettes de vue',
      sunglasses: 'Lunettes de soleil',
      eyes_open: 'Yeux ouverts',
      mouth_open: 'Bouche ouverte',
      beard: 'Barbe',
      mustache: 'Moustache',
    },
    yes: 'Oui',
    no: 'Non',
    confidence: (percent) => `confiance ${percent}`,
    qualityHeading: 'Qualité de l’image',
    brightness: 'Luminosité',
    sharpness: 'Netteté',
    emotionsHeading: 'Émotions',
    emotionNames: {
      CALM: 'Calme',
      HAPPY: 'Joie',
      SAD: 'Tristesse',
      ANGRY: 'Colère',
      SURPRISED: 'Surprise',
      DISGUSTED: 'Dégoût',
      FEAR: 'Peur',
      CONFUSED: 'Confusion',
    },
    rawHeading: 'Réponse JSON brute',
  },
};
