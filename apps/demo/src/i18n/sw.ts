import type { DemoStrings } from './demo-strings.js';

/** Swahili, standard (Kiswahili sanifu). Not yet reviewed by a native speaker. */
export const sw: DemoStrings = {
  documentTitle: 'Fungua akaunti yako · Harbor (onyesho la LiveFrame)',
  brand: 'Harbor',
  demoBadge: 'Onyesho la LiveFrame',
  skipToContent: 'Ruka hadi maudhui',
  languageLabel: 'Lugha',
  languageNames: {
    en: 'English',
    fr: 'Français',
    ar: 'العربية',
    pt: 'Português',
    sw: 'Kiswahili',
  },
  progressLabel: 'Maendeleo',
  stepNames: { welcome: 'Karibu', consent: 'Idhini', selfie: 'Selfie', result: 'Matokeo' },
  stepOf: (position, total) => `Hatua ${position} kati ya ${total}`,
  back: 'Rudi',
  footer:
    'Hili ni onyesho tu: hakuna akaunti inayofunguliwa na hakuna kinachohifadhiwa. Limetengenezwa kwa LiveFrame, programu huria.',

  welcome: {
    heading: 'Fungua akaunti yako ya Harbor',
    lead: 'Kabla ya kufungua akaunti yako, tunahitaji kuthibitisha kuwa wewe ni mtu halisi, uliyepo sasa hivi. Inahitaji selfie moja na takriban dakika moja.',
    needHeading: 'Unachohitaji',
    needs: [
      'Kifaa chenye kamera',
      'Mahali penye mwanga mzuri, ukiuelekea mwanga',
      'Uso usiofunikwa: bila miwani ya jua, kofia wala barakoa',
    ],
    duration: 'Takriban dakika 1',
    start: 'Anza',
  },

  consent: {
    heading: 'Picha yako, idhini yako',
    lead: 'Tafadhali soma jinsi tunavyotumia selfie yako kabla ya kuendelea.',
    sections: [
      {
        title: 'Tunachopiga',
        body: 'Picha moja ya uso wako, inayopigwa na kamera yako uso wako ukiwa vizuri kwenye fremu. Hakuna kingine: hakuna video wala sauti.',
      },
      {
        title: 'Kwa nini',
        body: 'Ili kuthibitisha kuwa mtu halisi yuko mbele ya kamera, si picha, skrini au barakoa. Hii inalinda akaunti yako dhidi ya mtu anayejifanya kuwa wewe.',
      },
      {
        title: 'Nani anaiona',
        body: 'Seva yetu inatuma picha kwa mtoa huduma wetu wa uthibitishaji kupitia muunganisho uliosimbwa. Hakuna mwingine anayeipokea.',
      },
      {
        title: 'Tunaihifadhi kwa muda gani',
        body: 'Katika onyesho hili, hatuihifadhi kabisa: picha inakaguliwa mara moja kisha inafutwa. Huduma halisi huandika hapa muda wa kuhifadhi, kwa mfano siku 30.',
      },
    ],
    checkbox: 'Ninakubali picha yangu itumike kuthibitisha kuwa mimi ni mtu halisi.',
    missing:
      'Tafadhali weka alama kwenye kisanduku ili kuendelea. Bila idhini yako hatuwezi kupiga selfie.',
    continue: 'Endelea kwenye selfie',
  },

  selfie: {
    heading: 'Piga selfie',
    lead: 'Shika kifaa chako usawa wa macho, mahali penye mwanga mzuri, kisha washa kamera na ufuate maelekezo yaliyo chini ya picha.',
    tips: ['Elekea mwanga', 'Jaza mviringo kwa uso wako', 'Tulia kwa sekunde moja'],
    scenarioNotice: (scenario) =>
      `Hali ya majaribio “${scenario}”: kiigaji kitajibu kana kwamba hili limetokea. Ukaguzi halisi hauizingatii.`,
  },

  result: {
    passHeading: 'Umethibitishwa',
    passLead: 'Asante. Tumethibitisha kuwa mtu halisi amepiga selfie hii.',
    retryHeading: 'Hatukuweza kukuthibitisha',
    retryLead: 'Uthibitishaji haukufaulu safari hii. Haya yanaweza kusaidia:',
    reasonsHeading: 'Jaribu haya',
    tryAgain: 'Jaribu tena',
    startOver: 'Anza upya',
    endpointHeading: 'Jibu la uthibitishaji',
    endpointLead:
      'Kwa wasanidi programu: jibu la huduma ya kutambua uhai, kama proksi yako ilivyolirudisha kwenye ukurasa.',
    frameHeading: 'Picha iliyotumwa',
    frameAlt: 'Picha iliyotumwa, uso uliotambuliwa ukiwa umezungushiwa alama.',
    frameMissing: 'Picha iliyopigwa haipatikani.',
    faceBoxLabel: 'Uso uliotambuliwa',
    livenessProbability: 'Uwezekano wa uhai',
    livenessThreshold: (threshold) => `Mtu halisi hupata zaidi ya ${threshold}.`,
    livenessCheck: 'Ukaguzi wa uhai',
    faceHeading: 'Uso',
    faceDetected: 'Uso umetambuliwa',
    faceConfidence: 'Uhakika wa utambuzi',
    multipleFaces: 'Nyuso kadhaa',
    noFaceDetails: 'Hakuna uso uliotambuliwa, kwa hiyo hakuna maelezo ya uso.',
    ageRange: 'Kundi la umri',
    ageRangeValue: (low, high) => `Miaka ${low} hadi ${high}`,
    gender: 'Jinsia',
    genderValues: { Male: 'Mwanamume', Female: 'Mwanamke', Unknown: 'Haijulikani' },
    attributesHeading: 'Sifa',
    attributes: {
      smile: 'Tabasamu',
      eyeglasses: 'Miwani',
      sunglasses: 'Miwani ya jua',
      eyes_open: 'Macho wazi',
      mouth_open: 'Mdomo wazi',
      beard: 'Ndevu',
      mustache: 'Masharubu',
    },
    yes: 'Ndiyo',
    no: 'Hapana',
    confidence: (percent) => `uhakika ${percent}`,
    qualityHeading: 'Ubora wa picha',
    brightness: 'Mwangaza',
    sharpness: 'Uwazi',
    emotionsHeading: 'Hisia',
    emotionNames: {
      CALM: 'Utulivu',
      HAPPY: 'Furaha',
      SAD: 'Huzuni',
      ANGRY: 'Hasira',
      SURPRISED: 'Mshangao',
      DISGUSTED: 'Kinyaa',
      FEAR: 'Hofu',
      CONFUSED: 'Kuchanganyikiwa',
    },
    rawHeading: 'Jibu ghafi la JSON',
  },
};
