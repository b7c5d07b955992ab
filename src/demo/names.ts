/** Invented people for an invented school. Any likeness to a real child is chance. */
// prettier-ignore
export const FIRST_NAMES_GIRLS = [
  'Emma', 'Julia', 'Zoë', 'Sophie', 'Mila', 'Tess', 'Noor', 'Sara', 'Liv', 'Fenna', 'Yara', 'Nora',
  'Évi', 'Lotte', 'Maud', 'Anouk', 'Isa', 'Fleur', 'Amira', 'Hiba', 'Roos', 'Lieke', 'Jasmijn', 'Noa',
  'Elif', 'Ilse', 'Saar', 'Lina', 'Mirthe', 'Femke', 'Inaya', 'Liz', 'Juul', 'Ayla', 'Merel', 'Hanna',
] as const;

// prettier-ignore
export const FIRST_NAMES_BOYS = [
  'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Noah', 'Milan', 'Bram', 'Luuk', 'Thijs', 'Jesse', 'Mees',
  'Mohamed', 'Adam', 'Ömer', 'Sven', 'Ruben', 'Gijs', 'Teun', 'Siem', 'Jayden', 'Rayan', 'Jens', 'Olivier',
  'Joep', 'Stijn', 'Tijn', 'Ravi', 'Youssef', 'Boaz', 'Hugo', 'Floris', 'Kian', 'Niek', 'Wout', 'Senna',
] as const;

// prettier-ignore
export const VOORVOEGSELS = ['van', 'de', 'van der', 'van den', 'van de', "'t", 'ter', 'den', 'in het'] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'Dekker', 'Brouwer', 'Dijkstra', 'Kok', 'Vermeulen', 'Çelik', 'Yılmaz', 'El Amrani', 'Bouzid', 'Nguyen',
  'Postma', 'Kuipers', 'Veenstra', 'Huisman', 'Koster', 'Prins', 'Hoekstra', 'Wouters', 'Maas', 'Verhoeven',
  'Şahin', 'Öztürk', 'Boukhari', 'Gerritsen', 'Schouten', 'Blom', 'Willems', 'Martens', 'Groen', 'Dijk',
] as const;

/** Last names that go with a voorvoegsel ("van der Berg", "de Vries", "'t Hart"). */
// prettier-ignore
export const LAST_NAMES_WITH_PREFIX = ['Berg', 'Vries', 'Hart', 'Wal', 'Heuvel', 'Meer', 'Linden', 'Veen', 'Horst', 'Brink'] as const;

// prettier-ignore
export const SCHOOL_NAMES = [
  'De Regenboog', 'Het Kompas', 'De Vlinder', 'Het Anker', 'De Zonnewijzer', 'De Klimop', 'De Wilgen',
  'Het Palet', 'De Boomgaard', 'De Fontein', 'Het Kleurrijk', 'De Ster', 'De Meander', 'Het Baken',
  'De Springplank', 'De Wegwijzer', 'Het Mozaïek', 'De Horizon', 'De Tweemaster', 'De Eikenhof',
] as const;

// prettier-ignore
export const PLACE_NAMES = [
  'Veldhoven-Noord', 'Zandwijk', 'Meerdorp', 'Oosterbeek-Zuid', 'Heuvelland', 'Bergstede', 'Waterwijk',
  'Lindendal', 'Molenhoek', 'Kerkbuurt',
] as const;
