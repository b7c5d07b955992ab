/**
 * The words of the demo's group sections and its plan for sociaal-emotioneel: what a group asks of
 * its teacher, the group's factors, what the teacher needs, and observable goals. Invented, in the
 * style of real groepsoverzichten.
 */
export const GROEP_VRAAGT = [
  'Een groep die veel structuur vraagt: een vaste opbouw van de dag, de planning zichtbaar op het bord en korte, heldere instructies.',
  'Vraagt een leerkracht die positief benoemt wat goed gaat en duidelijke grenzen stelt, vooral na de pauzes.',
  'Een actieve groep die uitdaging nodig heeft: korte instructie, snel aan de slag, samenwerkingsopdrachten.',
  'Vraagt rust en voorspelbaarheid bij overgangen; een aantal kinderen heeft een vast maatje nodig bij het zelfstandig werken.',
];

export const GROEPSFACTOREN = [
  'Stimulerend: de kinderen helpen elkaar graag en zijn trots op hun groep. Belemmerend: onrust na de middagpauze; een paar kinderen zoeken elkaar op.',
  'Stimulerend: een betrokken groep die goed reageert op complimenten. Belemmerend: een grote groep (29) met weinig ruimte in het lokaal.',
  'Stimulerend: nieuwsgierig en leergierig, veel kinderen lezen graag. Belemmerend: wisselende leerkrachten in de vorige periode; de groep moest opnieuw wennen.',
  'Stimulerend: de ouders zijn betrokken en denken mee. Belemmerend: samenwerken gaat nog moeizaam; er ontstaan snel kleine conflicten.',
];

export const LEERKRACHT_BEHOEFTEN = [
  'Ik heb nodig dat de IB een keer meekijkt bij de start van de middag, en tips voor het coöperatief leren in een grote groep.',
  'Ik wil graag een collegiale consultatie over klassenmanagement en tijd om met de duo-collega de afspraken gelijk te trekken.',
  'Ik heb de onderwijsassistent twee ochtenden nodig voor de verlengde instructie, zodat ik de groep kan blijven overzien.',
  'Ondersteuning bij de gesprekken met ouders over het gedrag in de groep; graag een tweede gesprek samen met de IB.',
];

export const SEO_PLAN = {
  basisdoel: 'Iedereen voelt zich veilig en doet actief mee in de groep.',
  groepGoal: {
    text: 'Houdt zich aan de afspraken bij het samenwerken: luistert naar de ander en verdeelt de taken',
    hoe: 'Observatie tijdens het coöperatief leren, twee keer per week',
    criterium: '4 van 5 observaties',
  },
  extraGoal: {
    text: 'Neemt zelf contact op met een klasgenoot bij het samenwerken',
    hoe: 'Observatie tijdens het samenwerken en in de pauze, met een kort gesprekje na afloop',
    criterium: '3 van 5 observaties',
  },
  groepAanpak:
    'Elke week een groepsvormende activiteit; de afspraken voor het samenwerken hangen zichtbaar in de klas en worden vooraf besproken.',
  extraAanpak:
    'Een vast maatje bij het samenwerken, vooraf kort bespreken wat de opdracht vraagt, en na afloop samen terugkijken.',
  observations: [
    'Deed goed mee in het groepje; gaf een ander de beurt.',
    'Vroeg zelf een klasgenoot om samen te werken.',
    'Luisterde goed naar de ander en verdeelde de taken.',
    'Had een duwtje nodig om mee te doen; daarna ging het goed.',
  ],
};
