import type { MessageCatalog } from './message-keys.js';

/**
 * Portuguese, European spelling (1990 agreement) and usage, as written in Angola and Mozambique:
 * «câmara», «ligação», «está a verificar», formal imperative without «você». Words that differ
 * from Brazilian usage are few and understood there. Not yet reviewed by a native speaker.
 */
export const pt: MessageCatalog = {
  NO_FACE: 'Não conseguimos ver o seu rosto. Olhe de frente para a câmara.',
  MULTIPLE_FACES: 'Certifique-se de que é a única pessoa na imagem.',
  FACE_TOO_SMALL: 'Aproxime-se da câmara.',
  FACE_TOO_LARGE: 'Afaste-se um pouco da câmara.',
  FACE_OFF_CENTER: 'Coloque o rosto no centro da moldura oval.',
  TOO_DARK: 'Está demasiado escuro. Vire-se para uma janela ou acenda uma luz.',
  TOO_BRIGHT: 'Há demasiada luz. Afaste-se da luz direta.',
  BLURRY: 'A foto está desfocada. Não se mexa e limpe a lente da câmara.',
  EYES_CLOSED: 'Mantenha os olhos abertos e olhe para a câmara.',
  SUNGLASSES: 'Tire os óculos de sol.',
  LIVENESS_FAILED:
    'Não conseguimos confirmar a sua presença. Coloque-se de frente para a câmara, com boa luz, e tente novamente.',
  CAMERA_DENIED: 'Permita o acesso à câmara nas definições do navegador e tente novamente.',
  CAMERA_NOT_FOUND: 'Nenhuma câmara encontrada. Ligue uma câmara ou use outro dispositivo.',
  CAMERA_IN_USE: 'Outra aplicação está a usar a câmara. Feche-a e tente novamente.',
  CAMERA_UNSUPPORTED:
    'Este navegador não consegue abrir a câmara. Use um navegador atualizado ou outro dispositivo.',
  INSECURE_CONTEXT:
    'A câmara está bloqueada porque esta página não é segura. Abra-a com um endereço https:// ou contacte o apoio ao cliente.',
  NETWORK_ERROR: 'Verifique a sua ligação à Internet e tente novamente.',
  TIMEOUT: 'Está a demorar demasiado. Verifique a sua ligação e tente novamente.',
  RATE_LIMITED: 'Demasiadas tentativas. Aguarde um momento e tente novamente.',
  SERVER_ERROR: 'Ocorreu um problema do nosso lado. Tente novamente daqui a pouco.',
  TOKEN_MISSING: 'Não há nenhuma sessão de captura. Comece de novo a partir da aplicação.',
  TOKEN_INVALID: 'Esta sessão de captura não é válida. Comece de novo.',
  TOKEN_EXPIRED: 'A sessão de captura expirou. Comece de novo.',
  ATTEMPTS_EXHAUSTED: 'Já não há tentativas nesta sessão. Tente novamente mais tarde.',
  INVALID_RESPONSE: 'Recebemos uma resposta inesperada. Tente novamente daqui a pouco.',
  IMAGE_REJECTED:
    'Não conseguimos usar essa foto. Tire uma nova, com boa luz e de frente para a câmara.',

  title: 'Tire uma selfie',
  intro: 'Coloque o rosto dentro da moldura oval. A foto é tirada automaticamente.',
  start: 'Ligar a câmara',
  starting: 'A ligar a câmara…',
  framingGood: 'Perfeito, não se mexa',
  manualHint: 'Coloque o rosto no centro da moldura oval e tire a foto.',
  capture: 'Tirar foto',
  capturing: 'A tirar a foto…',
  submitting: 'A verificar…',
  passed: 'Verificação concluída',
  retry: 'Tentar novamente',
  failed: 'Não conseguimos confirmar a sua identidade',
  failedHint: 'Já usou todas as tentativas. Tente mais tarde ou contacte o apoio ao cliente.',
  attemptsLeft: { one: 'Resta {count} tentativa', other: 'Restam {count} tentativas' },
  waitSeconds: {
    one: 'Pode tentar novamente daqui a {count}\u00a0segundo.',
    other: 'Pode tentar novamente daqui a {count}\u00a0segundos.',
  },
  detectorLoading: 'A preparar a deteção do rosto…',
  detectorProgress: 'A carregar a deteção do rosto: {percent} %',
  chooseCamera: 'Escolher câmara',
  previewLabel: 'Pré-visualização da câmara',
  cancel: 'Cancelar',
  continue: 'Continuar',
};
