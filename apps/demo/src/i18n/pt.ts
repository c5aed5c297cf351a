import type { DemoStrings } from './demo-strings.js';

/** Portuguese, European spelling and usage (as in Angola and Mozambique). Not yet reviewed by a native speaker. */
export const pt: DemoStrings = {
  documentTitle: 'Abrir a sua conta · Harbor (demonstração LiveFrame)',
  brand: 'Harbor',
  demoBadge: 'Demonstração LiveFrame',
  skipToContent: 'Saltar para o conteúdo',
  languageLabel: 'Idioma',
  languageNames: {
    en: 'English',
    fr: 'Français',
    ar: 'العربية',
    pt: 'Português',
    sw: 'Kiswahili',
  },
  progressLabel: 'Progresso',
  stepNames: {
    welcome: 'Boas-vindas',
    consent: 'Consentimento',
    selfie: 'Selfie',
    result: 'Resultado',
  },
  stepOf: (position, total) => `Passo ${position} de ${total}`,
  back: 'Voltar',
  footer:
    'Uma demonstração: nenhuma conta é aberta e nada é guardado. Feita com LiveFrame, de código aberto.',

  welcome: {
    heading: 'Abra a sua conta Harbor',
    lead: 'Antes de abrirmos a sua conta, temos de confirmar que é uma pessoa real, aqui e agora. Basta uma selfie e cerca de um minuto.',
    needHeading: 'O que precisa',
    needs: [
      'Um dispositivo com câmara',
      'Um local bem iluminado, de frente para a luz',
      'O rosto descoberto: sem óculos de sol, chapéu nem máscara',
    ],
    duration: 'Cerca de 1 minuto',
    start: 'Começar',
  },

  consent: {
    heading: 'A sua foto, o seu consentimento',
    lead: 'Leia como usamos a sua selfie antes de continuar.',
    sections: [
      {
        title: 'O que captamos',
        body: 'Uma foto do seu rosto, tirada pela sua câmara quando o rosto está bem enquadrado. Mais nada: nem vídeo, nem som.',
      },
      {
        title: 'Porquê',
        body: 'Para confirmar que está uma pessoa real à frente da câmara, e não uma foto, um ecrã ou uma máscara. Isto protege a sua conta contra a usurpação de identidade.',
      },
      {
        title: 'Quem a vê',
        body: 'O nosso servidor envia a foto ao nosso fornecedor de verificação através de uma ligação cifrada. Mais ninguém a recebe.',
      },
      {
        title: 'Durante quanto tempo a guardamos',
        body: 'Nesta demonstração, nem por um instante: a foto é verificada uma vez e apagada. Um serviço real indica aqui o prazo de conservação, por exemplo 30 dias.',
      },
    ],
    checkbox: 'Aceito que a minha foto seja usada para confirmar que sou uma pessoa real.',
    missing:
      'Assinale a caixa para continuar. Sem o seu consentimento, não podemos tirar a selfie.',
    continue: 'Continuar para a selfie',
  },

  selfie: {
    heading: 'Tire uma selfie',
    lead: 'Segure o dispositivo à altura dos olhos, num local bem iluminado. Depois ligue a câmara e siga as indicações por baixo da imagem.',
    tips: ['Vire-se para a luz', 'Preencha a moldura oval com o rosto', 'Fique imóvel um segundo'],
    scenarioNotice: (scenario) =>
      `Cenário de teste «${scenario}»: o simulador responde como se isto tivesse acontecido. As verificações reais ignoram-no.`,
  },

  result: {
    passHeading: 'Verificação concluída',
    passLead: 'Obrigado. Confirmámos que foi uma pessoa real a tirar esta selfie.',
    retryHeading: 'Não conseguimos confirmar a sua identidade',
    retryLead: 'Desta vez a verificação não foi concluída. Eis o que pode ajudar:',
    reasonsHeading: 'Experimente',
    tryAgain: 'Tentar novamente',
    startOver: 'Recomeçar',
    endpointHeading: 'A resposta da verificação',
    endpointLead:
      'Para programadores: a resposta do serviço de deteção de vivacidade, tal como o seu proxy a devolveu à página.',
    frameHeading: 'Foto enviada',
    frameAlt: 'A foto que foi enviada, com o rosto detetado assinalado.',
    frameMissing: 'A foto captada não está disponível.',
    faceBoxLabel: 'Rosto detetado',
    livenessProbability: 'Probabilidade de vivacidade',
    livenessThreshold: (threshold) => `Uma pessoa real obtém mais de ${threshold}.`,
    livenessCheck: 'Verificação de vivacidade',
    faceHeading: 'Rosto',
    faceDetected: 'Rosto detetado',
    faceConfidence: 'Confiança da deteção',
    multipleFaces: 'Vários rostos',
    noFaceDetails: 'Não foi detetado nenhum rosto, por isso não há detalhes do rosto.',
    ageRange: 'Faixa etária',
    ageRangeValue: (low, high) => `${low} a ${high} anos`,
    gender: 'Género',
    genderValues: { Male: 'Masculino', Female: 'Feminino', Unknown: 'Desconhecido' },
    attributesHeading: 'Atributos',
    attributes: {
      smile: 'Sorriso',
      eyeglasses: 'Óculos',
      sunglasses: 'Óculos de sol',
      eyes_open: 'Olhos abertos',
      mouth_open: 'Boca aberta',
      beard: 'Barba',
      mustache: 'Bigode',
    },
    yes: 'Sim',
    no: 'Não',
    confidence: (percent) => `confiança de ${percent}`,
    qualityHeading: 'Qualidade da imagem',
    brightness: 'Brilho',
    sharpness: 'Nitidez',
    emotionsHeading: 'Emoções',
    emotionNames: {
      CALM: 'Calma',
      HAPPY: 'Alegria',
      SAD: 'Tristeza',
      ANGRY: 'Raiva',
      SURPRISED: 'Surpresa',
      DISGUSTED: 'Nojo',
      FEAR: 'Medo',
      CONFUSED: 'Confusão',
    },
    rawHeading: 'Resposta JSON em bruto',
  },
};
