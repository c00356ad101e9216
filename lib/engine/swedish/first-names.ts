/**
 * Common given names and nicknames in Sweden (Statistiska centralbyrån's most frequent names, with
 * names common among newer Swedes), used to tell that a sentence is about one identifiable person:
 * "Anna har fått en diagnos". Names that are everyday words when capitalised at the start of a
 * sentence (Bo, Per, Love, Max) are left out.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `Anna Eva Maria Karin Sara Kristina Lena Kerstin Emma Ingrid Marie Malin Birgitta Jenny Inger Linnea
  Hanna Annika Susanne Monica Elin Johanna Carina Elisabeth Julia Linda Ida Sofia Helena Marianne Åsa
  Camilla Anneli Ulla Gunilla Margareta Louise Elsa Frida Alice Ebba Agnes Wilma Maja Alva Olivia Astrid
  Ella Vera Ellen Saga Stella Moa Selma Signe Tilda Klara Lova Nora Freja Lisa Sanna Jessica Matilda
  Amanda Josefin Therese Cecilia Ulrika Petra Maja Britt Gun Barbro Anita Yvonne Agneta Gunnel Irene
  Ann Anette Veronica Mikaela Rebecca Caroline Emelie Amelia Nellie Tyra Ines Hedda Leia Lilly Iris
  Erik Lars Karl Anders Johan Per Nils Jan Carl Mikael Hans Peter Olof Lennart Gunnar Sven Fredrik
  Daniel Bengt Alexander Åke Göran Magnus Bo Mattias Jonas Stefan Andreas Martin Christer Leif Ulf Björn
  Thomas Tomas Mats Henrik Kjell Oskar Oscar William Lucas Liam Elias Hugo Noah Adam Axel Alfred Ludvig
  Viktor Filip Isak Emil Theo Leo Albin Melvin Sixten Arvid Gustav Edvin Harry Vincent Olle Nils Kalle
  Pelle Sebastian Simon Jesper Robin Tobias Kristoffer Jonathan Patrik Niklas Joakim Rickard Ola Roger
  Kent Tommy Hampus Linus Anton Elliot Love Wilhelm Malte Otto August Folke Josef Aron Ebbe Rasmus
  Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Omar Yusuf Ibrahim Mustafa Abdi Abdullahi
  Fatima Amina Aisha Maryam Zahra Hodan Leyla Layla Sara Yasmin Nour Noor Samira Amal Hawa Hamza
  Lasse Janne Micke Nisse Bosse Hasse Totte Göran Sune Stina Lotta Mia Lina Tove Jonna
  Jussi Mikko Pekka Aino Riitta Seppo Tarja Piotr Agnieszka Katarzyna Tomasz Ivan Olena Oksana Dragan`
    .split(/\s+/)
    .filter((name) => name && !['Bo', 'Per', 'Love', 'Max'].includes(name)),
);
