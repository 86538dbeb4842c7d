"""Word lists behind the rule-based PERSON and LOCATION detectors (prose only).

spaCy's small English model misses many names in chat text ("Add Oliver Adeyemi and Clara
Sato as editors") and confuses people with places ("Kenji" as GPE, "Rotterdam" as PERSON).
Two gazetteers fix most of it: common given names from many cultures (a name starts a PERSON
span, capitalised name-shaped words after it extend it) and world cities (a capitalised city
name in prose is a LOCATION). Given names that are also ordinary English words ("Will",
"May", "Mark") only count when a surname follows. City names that are ordinary words or
common given names ("Mobile", "Nice", "Sofia") are left out.

These are deliberately broad public lists, not the generator's pools; expect lower recall on
real traffic for names outside them (spaCy still covers those).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GIVEN_NAMES = _words("""
Aaron Abdul Abdullah Abel Abigail Abraham Adam Adaeze Adebayo Adele Adeola Adrian Adriana
Agnes Ahmad Ahmed Aidan Aiko Ailsa Aisha Akira Alan Alba Albert Alberto Aleksandra Alex
Alexander Alexandra Alexei Alfonso Alfred Ali Alice Alicia Alina Alisha Alison Amara Amanda
Amani Amelia Amina Amir Amit Amy Ana Anastasia Anders Andrea Andreas Andrei Andrew Andrzej
Aneta Angela Angelica Anika Anil Anita Anja Anjali Ann Anna Annabel Anne Anneke Annika
Anthony Antoine Anton Antonio Anya Arash Arjun Arnav Arne Arturo Arvid Asha Ashley Astrid
Aurora Ava Axel Ayesha Aylin Ayumi Baptiste Barbara Beatriz Beatrice Ben Benedikt Benjamin
Bernardo Bianca Birgit Bjorn Blessing Bogdan Boris Brandon Brenda Brian Bruno Bryan Caitlin
Camila Camille Carla Carlos Carmen Carol Caroline Cassandra Catarina Catherine Cecilia Celine
Charles Charlotte Chen Chiara Chidi Chinedu Chioma Chloe Christian Christina Christine
Christopher Chukwuma Ciara Claire Clara Claudia Colin Connor Constance Cristina Cristian
Dagny Daisuke Dalia Damian Dana Daniel Daniela Danielle Dario Darius Daryl David Deborah
Deepak Deepika Denise Dennis Derek Diana Diego Dimitri Dina Divya Dmitri Dominik Donna
Dorothy Duc Dylan Ebony Eduardo Edward Efua Eileen Elena Eli Elif Elijah Elisa Elisabeth
Eliza Elizabeth Ella Ellen Elliot Emeka Emil Emilia Emily Emir Emma Emmanuel Enrique Enzo
Eric Erik Erika Ernesto Esther Ethan Eva Evelyn Ewa Fabian Fabio Farah Farid Fatima Fatma
Federico Felipe Felix Fernanda Fernando Filip Finn Fiona Florian Folake Francesca Francesco
Francisco Franziska Freya Frida Gabriel Gabriela Gabriele Gareth Gemma Georg George Georgia
Gerald Gerhard Giovanni Giulia Giuseppe Gloria Gonzalo Gordon Grace Greta Gustav Hamza Hana
Hannah Hans Haruka Haruto Hassan Heather Hector Heidi Helen Helena Helga Henrik Henry Hiroshi
Hugo Ian Ibrahim Ida Ifeoma Igor Ikechukwu Ilya Imani Ines Ingrid Irene Irina Isaac Isabel
Isabella Isabelle Ismail Ivan Ivana Jacob Jakob Jamal James Jan Jana Jane Janet Janine Jason
Javier Jayden Jean Jennifer Jens Jeremy Jessica Jesus Jiho Jin Jing Joanna Joao Joel Johan
Johanna John Jonas Jonathan Jordan Jorge Jose Joseph Joshua Juan Julia Julian Juliana
Julie Julien Julius Jun Justin Kai Kamal Kamila Karen Karim Karin Karl Karla Kasia Kate
Katarina Katharina Katherine Kathleen Katja Kavya Kayode Keiko Keith Kemal Ken Kenji Kenneth
Kevin Khalid Kim Kimberly Klaus Kofi Kojo Kenta Krishna Kristin Kumar Kwame Kwabena Lana Lara
Lars Laura Lauren Laurent Layla Leah Lea Leila Lena Leo Leon Leonardo Leonie Liam Lidia Lila
Lily Lina Linda Lindiwe Lisa Liu Lorenzo Louis Louise Luca Lucas Lucia Lucy Luis Luisa
Lukas Luka Lukasz Mads Magdalena Magnus Maja Malik Manon Manuel Marcel Marco Marcos Marcus
Margaret Margarita Mari Maria Mariam Mariana Marie Marina Mario Marisol Marius Marta Martha
Martin Martina Mary Mateo Mathias Matilda Matteo Matthew Matthias Maximilian Maya Mehmet
Mei Melanie Melissa Mia Michael Michaela Michal Michelle Miguel Mikael Mikhail Mila Milan
Mina Ming Miriam Mohamed Mohammad Mohammed Monica Monika Morgan Muhammad Musa Nadia Naledi
Nancy Naomi Natalia Natalie Natasha Nathan Nathalie Neha Nicholas Nicola Nicolas Nicole Niels
Nikhil Nikita Nikola Nikolai Nils Nina Noah Noor Nora Norah Obinna Olga Oliver Olivia Olu
Olufemi Oluwaseun Omar Oscar Owen Pablo Paolo Patricia Patrick Paul Paula Pawel Pedro Peter
Petra Philip Philipp Pierre Pietro Pooja Preeti Priya Rachel Rafael Raheem Rahul Raj Rajesh
Ramon Rania Raphael Rashid Ravi Rebecca Reza Ricardo Richard Rita Robert Roberto Robin Rohan
Roman Rosa Rosalind Ruth Ryan Ryo Sabine Sakura Salma Salome Sam Samantha Samir Samuel
Sandra Sanjay Sara Sarah Sasha Satoshi Sebastian Selin Seo Sergei Sergio Shanice Sharon
Shreya Simon Simone Siobhan Sipho Sofia Sofie Sophia Sophie Soren Stefan Stefanie Stephanie
Stephen Steven Sunita Susan Suzanne Svetlana Sven Takashi Tamara Tanvi Tanya Tariq Tatiana
Teresa Thabo Thandiwe Theo Thomas Tiago Timothy Tobias Tomas Tomasz Tunde Ulrich Valentina
Valeria Vanessa Vera Veronica Victor Victoria Vikram Viktor Vincent Vivian Vladimir Walter
Wei Wendy Wiktoria Wilhelm William Xavier Xin Yara Yasmin Yasmine Yiannis Yong Yosef Yuki
Yuna Yusuf Yvonne Zainab Zanele Zara Zeynep Zhang Zoe Zofia
""")

# Given names that are everyday English words: a name only when a surname follows.
AMBIGUOUS_GIVEN_NAMES = _words("""
Will May June April August Mark Bill Hope Joy Faith Summer Dawn Sky River Frank Art Ray Max
Page Chase Hunter Drew Pat Sue Rich Guy Ruby Crystal Jack Sunny Miles Sage Reed Dean Gene Earl
Bob Don Jan Jun Nick Rusty Woody Penny Olive Pearl Robin Holly Autumn Jesus Kim Lee Young
""")

CITIES = _words("""
Berlin Munich München Hamburg Frankfurt Cologne Köln Stuttgart Düsseldorf Leipzig Dresden
Hannover Bremen Nuremberg Vienna Wien Zurich Zürich Geneva Basel Bern Paris Lyon Marseille
Toulouse Bordeaux Lille Nantes Strasbourg Madrid Barcelona Valencia Seville Sevilla Bilbao
Malaga Málaga Zaragoza Lisbon Lisboa Porto Rome Roma Milan Milano Naples Napoli Turin Torino
Florence Firenze Bologna Venice Amsterdam Rotterdam Utrecht Eindhoven Brussels Antwerp Ghent
Luxembourg Copenhagen Aarhus Stockholm Gothenburg Malmö Oslo Bergen Helsinki Tampere Reykjavik
Dublin Cork Belfast London Manchester Birmingham Liverpool Leeds Glasgow Edinburgh Bristol
Cardiff Sheffield Newcastle Nottingham Oxford Cambridge Brighton Warsaw Kraków Krakow Gdansk
Wroclaw Wrocław Poznan Prague Brno Bratislava Budapest Bucharest Cluj Athens Thessaloniki
Istanbul Ankara Izmir Kyiv Kiev Lviv Vilnius Riga Tallinn Zagreb Belgrade Ljubljana Tirana
Moscow Petersburg Minsk Tbilisi Yerevan Baku Cairo Alexandria Casablanca Marrakech Rabat Tunis
Algiers Lagos Abuja Ibadan Accra Kumasi Nairobi Mombasa Kampala Kigali Dar Addis Johannesburg
Cape Durban Pretoria Harare Lusaka Luanda Dakar Abidjan Khartoum Dubai Abu Doha Riyadh Jeddah
Kuwait Muscat Manama Amman Beirut Jerusalem Tel Aviv Tehran Karachi Lahore Islamabad Delhi
Mumbai Bangalore Bengaluru Hyderabad Chennai Kolkata Pune Ahmedabad Jaipur Kochi Dhaka Colombo
Kathmandu Bangkok Hanoi Saigon Jakarta Surabaya Manila Cebu Kuala Lumpur Singapore Taipei
Seoul Busan Tokyo Osaka Kyoto Yokohama Nagoya Sapporo Fukuoka Beijing Shanghai Shenzhen
Guangzhou Chengdu Hangzhou Wuhan Nanjing Xian Hong Kong Macau Ulaanbaatar Sydney Melbourne
Brisbane Perth Adelaide Canberra Auckland Wellington Christchurch Toronto Montreal Montréal
Vancouver Calgary Ottawa Edmonton Winnipeg Quebec Halifax Victoria Seattle Portland Austin
Denver Chicago Boston Brooklyn Atlanta Miami Orlando Tampa Houston Dallas Phoenix Tucson
Philadelphia Pittsburgh Baltimore Washington Detroit Cleveland Columbus Cincinnati Indianapolis
Milwaukee Minneapolis Nashville Memphis Louisville Charlotte Raleigh Richmond Sacramento
Oakland Jose Diego Francisco Angeles Vegas Honolulu Anchorage Albuquerque Omaha Kansas Tulsa
Oklahoma Boise Spokane Madison Buffalo Rochester Newark Jersey Hoboken Manhattan Queens
Cambridge Berkeley Mexico Guadalajara Monterrey Tijuana Cancun Bogota Bogotá Medellin Medellín
Cali Lima Quito Santiago Valparaiso Buenos Aires Cordoba Córdoba Rosario Montevideo Asuncion
Caracas Havana Panama Kingston Sao São Paulo Rio Janeiro Brasilia Brasília Salvador Recife
Fortaleza Curitiba Belo Horizonte Manaus
""") - _words(
    "Jose Diego Francisco Angeles Victoria Charlotte Cali Salvador Madison Aires Dar "
    "Abu Cape Tel Aviv Kong Hong Kuala Lumpur Petersburg Janeiro Paulo Sao São Horizonte "
    "Belo Rio Kansas Jersey Queens Washington Richmond Columbus Phoenix "
    "Victoria Mexico Panama Kuwait Singapore Luxembourg Cork"
)

# Multi-word cities (matched as phrases).
CITY_PHRASES = (
    "San Francisco",
    "San Diego",
    "San Jose",
    "Los Angeles",
    "Las Vegas",
    "New York",
    "New Orleans",
    "Salt Lake City",
    "Kansas City",
    "Mexico City",
    "Buenos Aires",
    "Rio de Janeiro",
    "São Paulo",
    "Sao Paulo",
    "Belo Horizonte",
    "Hong Kong",
    "Kuala Lumpur",
    "Tel Aviv",
    "Abu Dhabi",
    "Cape Town",
    "Dar es Salaam",
    "Addis Ababa",
    "St. Petersburg",
    "Saint Petersburg",
    "Ho Chi Minh City",
    "Panama City",
    "Jersey City",
    "Washington D.C.",
    "Mountain View",
    "Palo Alto",
    "Santa Monica",
    "Santa Clara",
)

# Honorifics and role words spaCy glues to names ("Customer Rosa"): trimmed off PERSON spans.
TITLES = _words("""
Mr Mrs Ms Miss Mx Dr Prof Sir Madam Dear Hi Hey Hello Thanks Customer Client Employee User
Admin Agent Manager Editor Owner Mister Doctor Professor Captain Coach Team Ask Contact Cc Add
""")

# Countries, states and regions: not identifying on their own, never redacted.
NOT_LOCATIONS = _words("""
USA US America Canada Mexico Brazil Argentina Chile Colombia Peru UK England Scotland Wales
Ireland France Germany Spain Portugal Italy Netherlands Holland Belgium Switzerland Austria
Poland Sweden Norway Denmark Finland Iceland Greece Turkey Russia Ukraine Romania Hungary
Czechia Slovakia Croatia Serbia Bulgaria Egypt Morocco Nigeria Ghana Kenya Ethiopia Africa
Europe Asia India China Japan Korea Vietnam Thailand Indonesia Philippines Malaysia Singapore
Australia Zealand Israel Iran Iraq Pakistan Bangladesh EU EEA California Texas Florida
Oregon Colorado Illinois Massachusetts Georgia Virginia Carolina Ohio Michigan Arizona Nevada
Utah Idaho Montana Alaska Hawaii Bavaria Catalonia Quebec Ontario Europe Earth
""")
