/**
 * Common given names and nicknames in Sweden (Statistiska centralbyrån's most frequent names, with
 * names common among newer Swedes and everyday nicknames), used to tell that a sentence is about one
 * identifiable person ("Anna har fått en diagnos") and whom a reply greets ("Hej Robban!"). A pack
 * gets them in its `names` when it is loaded, after its own. Names that are everyday words when
 * capitalised at the start of a sentence (Bo, Per, Love, Max, Liv, Stig) are left out: the engine
 * takes them as names only right after a greeting.
 */
const EVERYDAY_WORDS = new Set(['Bo', 'Per', 'Love', 'Max', 'Liv', 'Stig', 'Tor', 'Dan', 'Sten', 'Maj', 'Juni', 'Uno', 'Sam']);

export const FIRST_NAMES: readonly string[] = [
  ...new Set(
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
  Agnes Alexandra Angelica Anja Ann-Marie Anna-Karin Anne Ann-Christin Berit Bodil Catarina Charlotte
  Christina Dagmar Doris Edit Elin Elise Ellinor Elvira Emilia Erika Evelina Felicia Gabriella Greta
  Gudrun Hillevi Ingegerd Ingela Inga Ingeborg Isabella Isabelle Jennie Jenna Josefine Judith Karolina
  Katarina Katja Kicki Kim Kristin Lena-Maria Liv Lotten Lovisa Madeleine Magdalena Margit Marita
  Marlene Martina Mikaela Minna Mona Nathalie Nina Pernilla Pia Ragnhild Rakel Ronja Rut Ruth Sandra
  Siv Sigrid Siri Solveig Sonja Stephanie Susanna Sylvia Tina Tuva Ylva Viktoria Victoria Vivianne
  Ahmed Albert Alf Allan Anders Arne Benny Bertil Birger Christian Claes Conny David Dennis Einar
  Elis Emanuel Erland Evert Gösta Gustaf Hannes Harald Helge Henning Herbert Ingemar Ingvar Ivar
  Jakob Jacob Jens Jimmy Joel John Jonny Josef Jörgen Kenneth Kevin Klas Krister Kurt Lage Leo
  Lennie Lukas Marcus Markus Martin Melker Max Morgan Nicklas Nicklas Noel Ove Pontus Ragnar Reine
  Rolf Ronny Rune Samuel Sigvard Stig Sture Torbjörn Tore Torsten Urban Valter Walter Vilhelm Yngve
  Robban Jocke Tompa Affe Fredde Mange Lollo Sussie Mickan Kattis Ninni Tessan Jonte Nicke Rolle
  Lelle Benke Sigge Kenta Putte Kerstin Gittan Bettan Lillemor Majken
Jonatan Jonathan Adrian Alvin Anton Benjamin Casper Colin Dante Elton Emil Frank Gabriel Gideon Ivar
  Jack Kasper Leon Levi Lion Loke Milo Mio Neo Nils Olle Oliver Otis Sam Sigge Ture Valle Vidar Vilgot
  Wilmer Alma Aurora Bianca Cornelia Edith Elvira Emmy Hilda Hilma Idun Juni Karla Leah Lea Liv Lova
  Majken Meja Mila Minna Nova Selma Siri Svea Thea Tindra Tove Tuva Vanja Vilma Ylva Yasmine
  Annelie Britta Carola Cecilia Charlotta Eivor Elsy Elsie Ester Evy Gerd Gunborg Gunvor Harriet Inga-Lill
  Ingalill Ingrid Irma Kajsa Karolin Lilian Lillian Maj Maj-Britt Margaretha Monika Rigmor Ritva Rose-Marie
  Sigrun Solbritt Stina Sussanne Ulla-Britt Vivi Viveka Åsa-Lena Anne-Marie Lise-Lotte Pia-Lena
  Bernt Bertil Björn Börje Dan Egon Gert Gillis Gunde Hugo Ingmar Janne Lars-Erik Leif Lennart
  Magne Mats Nisse Olov Ossian Palle Per-Olof Per-Erik Rune Sten Stellan Sune Sven-Erik Sverker Tage Thor
  Tor Tord Torgny Uno Valdemar Verner Yngve Åke Örjan Östen Ebbe Elof Enar Folke Gustav Holger Ingvar
  Jarl Knut Konrad Lage Melker Nore Ove Roland Rolf Stig-Åke Ulf Vilhelm Åsa Maja Majvor Inger Rebecka
  Camilla Cissi Madde Mimmi Nettan Sanna Lollo Tessan Frida Jossan Nicke Robert Ronny Sören Tobbe Tompa
  Leffe Berra Kenneth Lasse Pelle Perra Olle Ragge Steffe Jonte Kicki Håkan Henrik Lisbeth Kristian
  Rasmus Viktor Wilma Elsa Alice Ebba Ella Astrid Stella Saga Vera Freja Iris Ellie Ines Juni Ronja
  Amira Amir Ayaan Aya Fatma Hiba Ilham Jamal Khalid Layla Malik Mariam Nadia Rania Sami Tariq Yara Zainab
  Jussi Mikko Pekka Aino Riitta Seppo Tarja Piotr Agnieszka Katarzyna Tomasz Ivan Olena Oksana Dragan
  Mehmet Yousef Youssef Yosef Mahmoud Mohamud Abdirahman Abdullah Abdulla Ismail Idris Ilyas Yasin Zakaria
  Osman Musa Yahya Amin Nasir Rashid Salah Karim Reza Hamid Arash Dariush Kaveh Farid Samir Bilal Adnan
  Emre Murat Deniz Kerem Burak Hakan Elif Zeynep Ayse Aylin Shirin Parisa Nasrin Soraya Azra Amra Emina
  Senada Mirela Jovana Milica Ivana Marija Nikola Marko Goran Zoran Dejan Nenad Aleksandar Igor Dmitri
  Olga Natalia Irina Svetlana Tatiana Anastasia Pawel Krzysztof Joanna Justyna Kasia Juan Carlos José
  Luis Jorge Diego Pablo Carmen Lucia Isabel Paula Linh Minh Tuan Hoa Priya Rahul Arjun Deepa Kofi
  Yonas Meron Selam Tesfaye Senait Lidya Filmon Robel Dawit Helen Hamza Faduma Fadumo Sahra Ubah Ilhan
  Jukka Matti Timo Juha Kari Pirjo Tuula Marjatta Päivi Sirpa Eino Veikko Leila Yasmina Hanan Rawan
  Alex Jelena Milad Tiina Ahmet Mustafa Hussain Hussein Sofie Sophie Alicia Leila Jasmin Jasmine Ali Abbas Hadi Mehdi Navid`
      .split(/\s+/)
      .filter((name) => name && !EVERYDAY_WORDS.has(name)),
  ),
];
