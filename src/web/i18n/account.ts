/**
 * UI text for accounts: the second login step and SSO on the login page, the password-link page,
 * "Mijn account" (password, authenticator app, sessions, invitations) and the beheerder's account
 * security. Dutch first; account-en.ts has the same keys, checked by the compiler.
 */
export const accountNl = {
  account: {
    link: 'Mijn account',
    close: 'Venster sluiten',
    title: 'Mijn account',
    password: {
      title: 'Wachtwoord wijzigen',
      current: 'Huidig wachtwoord',
      new: 'Nieuw wachtwoord',
      repeat: 'Herhaal het nieuwe wachtwoord',
      hint: 'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden. Veelgebruikte of uitgelekte wachtwoorden worden geweigerd.',
      mismatch: 'De twee wachtwoorden zijn niet gelijk.',
      submit: 'Wachtwoord wijzigen',
      changed: 'Je wachtwoord is gewijzigd. Je sessies op andere apparaten zijn beëindigd.',
    },
    sessions: {
      title: 'Waar je bent ingelogd',
      intro: 'Ken je een apparaat niet, beëindig die sessie dan en wijzig je wachtwoord.',
      caption: 'Je actieve sessies',
      device: 'Apparaat',
      ip: 'IP-adres',
      since: 'Ingelogd op',
      lastSeen: 'Laatst actief',
      actions: 'Acties',
      current: 'Deze sessie',
      browserOn: (browser: string, os: string) => `${browser} op ${os}`,
      unknownDevice: 'Onbekend apparaat',
      end: 'Beëindigen',
      endLabel: (device: string, since: string) => `Sessie op ${device} van ${since} beëindigen`,
      endOthers: 'Alle andere sessies beëindigen',
      ended: (n: number) => (n === 1 ? '1 sessie beëindigd.' : `${n} sessies beëindigd.`),
      onlyThis: 'Je bent alleen hier ingelogd.',
    },
    invitations: {
      title: 'Uitnodigingen',
      intro:
        'Een beheerder heeft je uitgenodigd voor een rol. Pas als je de uitnodiging aanneemt, krijg je die rol.',
      role: (role: string, scope: string) => `${role} bij ${scope}`,
      invitedOn: (date: string) => `uitgenodigd op ${date}`,
      accept: 'Aannemen',
      decline: 'Afslaan',
      accepted: 'De rol is aan je account toegevoegd.',
      declined: 'De uitnodiging is afgeslagen.',
      notice: (n: number) =>
        n === 1
          ? 'Je hebt een uitnodiging voor een nieuwe rol.'
          : `Je hebt ${n} uitnodigingen voor een nieuwe rol.`,
      view: 'Bekijken',
    },
  },
  mfa: {
    title: 'Tweestapsverificatie',
    on: 'Aan',
    off: 'Uit',
    onText: 'Bij het inloggen vraagt Leerwinst naast je wachtwoord een code uit je authenticator-app.',
    offText:
      'Je logt in met alleen je wachtwoord. Met een authenticator-app op je telefoon is je account beter beveiligd.',
    required: 'Voor jouw rol of school is tweestapsverificatie verplicht.',
    recoveryLeft: (n: number) => (n === 1 ? 'Nog 1 herstelcode over.' : `Nog ${n} herstelcodes over.`),
    recoveryLow: 'Je hebt bijna geen herstelcodes meer: maak nieuwe aan.',
    start: 'Authenticator-app instellen',
    cancel: 'Annuleren',
    scanTitle: '1. Scan de QR-code',
    scanText:
      'Open een authenticator-app op je telefoon, zoals Microsoft Authenticator, Google Authenticator of FreeOTP, en scan deze code.',
    qrLabel: 'QR-code om Leerwinst aan je authenticator-app toe te voegen',
    manual: 'Lukt scannen niet? Typ dan deze sleutel over:',
    secretLabel: 'Sleutel voor handmatig invoeren',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    confirmTitle: '2. Vul de code uit de app in',
    code: 'Code uit de app',
    codeHint: 'Zes cijfers; de code verandert elke 30 seconden.',
    confirm: 'Bevestigen',
    codesTitle: 'Je herstelcodes',
    codesWarningTitle: 'Bewaar deze codes nu: je ziet ze maar één keer',
    codesWarning:
      'Met elke code kun je één keer inloggen als je je telefoon niet bij de hand hebt. Print ze of bewaar ze in een wachtwoordkluis, niet op dezelfde telefoon als de app.',
    codesListLabel: 'Herstelcodes',
    copyAll: 'Alle codes kopiëren',
    print: 'Printen',
    stored: 'Ik heb de herstelcodes bewaard',
    done: 'Klaar',
    enrolled: 'Tweestapsverificatie staat aan.',
    renew: 'Nieuwe herstelcodes',
    renewTitle: 'Nieuwe herstelcodes maken',
    renewText: 'Vul een code uit je authenticator-app in. Je oude herstelcodes werken daarna niet meer.',
    disable: 'Uitzetten',
    disableTitle: 'Tweestapsverificatie uitzetten',
    disableText: 'Vul een code uit je authenticator-app of een herstelcode in.',
    disabled: 'Tweestapsverificatie staat uit.',
    anyCode: 'Code of herstelcode',
    gateTitle: 'Stel tweestapsverificatie in',
    gateIntro:
      'Voor jouw rol is tweestapsverificatie verplicht. Stel een authenticator-app in; daarna kun je verder in Leerwinst.',
    loginTitle: 'Code invullen',
    loginIntro:
      'Open je authenticator-app en vul de code van zes cijfers voor Leerwinst in. Telefoon niet bij de hand? Vul dan een van je herstelcodes in.',
    loginCode: 'Code',
    loginCodeHint: 'Zes cijfers uit de app, of een herstelcode zoals abcde-fghjk.',
    expired: 'Je inlogpoging is verlopen. Log opnieuw in.',
    restart: 'Opnieuw beginnen',
  },
  sso: {
    or: 'of',
    button: (label: string) => `Inloggen met ${label}`,
    mfa: 'Je bent bij de inlogdienst ingelogd. Vul nog de code uit je authenticator-app in.',
    reasons: {
      state: 'De inlogpoging via de inlogdienst is verlopen of klopte niet. Probeer het opnieuw.',
      provider:
        'De inlogdienst gaf geen geldig antwoord of is niet meer ingesteld. Probeer het opnieuw of log in met je wachtwoord.',
      email: 'De inlogdienst gaf geen bevestigd e-mailadres door. Vraag de beheerder van je school om hulp.',
      account:
        'Bij dit bestuur is er geen account voor dit e-mailadres. Vraag de beheerder van je school om een account.',
      elsewhere:
        'Je account heeft ook een rol bij een ander bestuur. Log daarom in met je e-mailadres en wachtwoord.',
    } as Record<string, string>,
    unknownReason: 'Inloggen via de inlogdienst is niet gelukt. Probeer het opnieuw.',
  },
  passwordLink: {
    title: 'Wachtwoord instellen',
    checking: 'De link wordt gecontroleerd…',
    intro: 'Kies een wachtwoord voor je Leerwinst-account.',
    validUntil: (date: string, time: string) =>
      `Deze link werkt één keer en is geldig tot ${date} om ${time}.`,
    existingAccount:
      'Heb je met dit e-mailadres al een Leerwinst-account? Vul dan je bestaande wachtwoord in om de uitnodiging aan te nemen.',
    noToken:
      'Deze pagina werkt alleen met de link die je van de beheerder hebt gekregen. Open die link opnieuw, of vraag om een nieuwe.',
    submit: 'Wachtwoord instellen',
    done: 'Gelukt. Je kunt nu inloggen.',
    toLogin: 'Naar inloggen',
    // Beheer: the link shown once.
    dialogTitle: (name: string) => `Eenmalige link voor ${name}`,
    onceTitle: 'Deze link zie je maar één keer',
    onceText:
      'Geef hem persoonlijk of via een veilig kanaal door, niet in een gewone mail naar een gedeeld adres. Wie de link heeft, kan het wachtwoord kiezen.',
    expiresAt: (date: string, time: string) => `De link werkt één keer en is geldig tot ${date} om ${time}.`,
    expires24h: 'De link werkt één keer en is 24 uur geldig.',
    linkLabel: 'Link',
    close: 'Sluiten',
    issue: 'Wachtwoordlink maken',
  },
  security: {
    link: 'Beveiliging',
    title: 'Beveiliging',
    intro: 'Tweestapsverificatie per school en inloggen via de inlogdienst van het bestuur (SSO).',
    schoolsTitle: 'Tweestapsverificatie per school',
    schoolsText:
      'Voor intern begeleiders, schoolleiders en beheerders is tweestapsverificatie verplicht, tenzij de server anders is ingesteld. Zet het hier aan om het van iedereen op de school te vragen, ook van leerkrachten.',
    schoolsCaption: 'Tweestapsverificatie per school',
    school: 'School',
    mfaForEveryone: 'MFA voor iedereen',
    mfaForEveryoneAt: (school: string) => `MFA voor iedereen bij ${school}`,
    saved: 'Opgeslagen.',
    resetMfa: 'Tweestapsverificatie herstellen',
    resetTitle: (name: string) => `Tweestapsverificatie van ${name} herstellen?`,
    resetText:
      'De authenticator-app en de herstelcodes van dit account worden verwijderd en alle sessies eindigen. Doe dit alleen als je zeker weet dat de persoon zelf erom vraagt, bijvoorbeeld na een kwijtgeraakte telefoon. Bij de volgende login stelt de persoon een nieuwe app in.',
    resetConfirm: 'Herstellen',
    resetDone: (name: string) => `De tweestapsverificatie van ${name} is weggehaald.`,
    cancel: 'Annuleren',
  },
  ssoAdmin: {
    title: 'Inloggen met SSO',
    intro:
      'Laat medewerkers inloggen met het account van het bestuur (Microsoft Entra ID, Google Workspace of Entree Federatie) via OpenID Connect. Accounts worden gekoppeld op e-mailadres.',
    noBesturen: 'Alleen een beheerder van het hele bestuur kan SSO instellen.',
    redirectUri: 'Redirect-URI',
    redirectUriHint: 'Registreer dit adres bij de provider als redirect-URI van de app.',
    fromEnvironment: (label: string) =>
      `${label}: ingesteld in de serveromgeving (SSO_PROVIDERS). Wijzigen kan alleen daar.`,
    label: 'Naam op de knop',
    labelHint: 'Zoals de medewerkers hem zien: "Inloggen met …", bijvoorbeeld Microsoft.',
    issuer: 'Issuer-URL',
    issuerHint:
      'Bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0 of https://accounts.google.com.',
    clientId: 'Client-ID',
    clientSecret: 'Clientgeheim',
    clientSecretNew: 'Verplicht bij het eerste instellen. Het wordt opgeslagen en nooit meer getoond.',
    clientSecretStored:
      'Er is een clientgeheim opgeslagen; het wordt nooit getoond. Laat dit veld leeg om het te houden.',
    createAccounts: 'Accounts aanmaken voor medewerkers uit de LAS-import',
    createAccountsHint:
      'Een medewerker zonder account krijgt bij de eerste SSO-login een leerkrachtaccount op de eigen school.',
    trustMfa: 'De provider doet de tweestapsverificatie',
    trustMfaHint:
      'Leerwinst vraagt na een SSO-login dan geen eigen code meer. Zet dit alleen aan als de provider MFA afdwingt.',
    save: 'SSO opslaan',
    saved: 'SSO-instelling opgeslagen.',
    remove: 'SSO weghalen',
    removeText: (label: string) => `Inloggen met ${label} stopt dan voor dit bestuur.`,
    removeConfirm: 'Ja, weghalen',
    removed: 'SSO-instelling weggehaald.',
  },
};

export type AccountCatalog = typeof accountNl;
