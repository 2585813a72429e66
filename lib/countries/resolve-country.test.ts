import { describe, expect, it } from "vitest";
import { resolveCountry, resolveCountryDetailed } from "./resolve-country";
import { codesWithin, sovereignOf } from "./territories";

// How people write countries in twin-town lists, and the ISO code each means. One line each:
// "spelling|code". Swedish, English and native names, official long forms, "Republic of …",
// "… (country)", "Region, Country", UK nations, former names, ISO alpha-2 and alpha-3, and
// dependent territories with their own code.
const TABLE = `
Finland|FI
finland|FI
FINLAND|FI
Suomi|FI
Republic of Finland|FI
Republiken Finland|FI
Finnland|FI
Finlande|FI
fi|FI
FIN|FI
Norge|NO
Norway|NO
Noreg|NO
Kingdom of Norway|NO
Konungariket Norge|NO
Norwegen|NO
NOR|NO
no|NO
Danmark|DK
Denmark|DK
Dänemark|DK
Kingdom of Denmark|DK
DNK|DK
dk|DK
Island|IS
Iceland|IS
Ísland|IS
ISL|IS
Estland|EE
Estonia|EE
Eesti|EE
Republic of Estonia|EE
EST|EE
Lettland|LV
Latvia|LV
Latvija|LV
LVA|LV
Litauen|LT
Lithuania|LT
Lietuva|LT
LTU|LT
Polen|PL
Poland|PL
Polska|PL
Republic of Poland|PL
POL|PL
Tyskland|DE
Germany|DE
Deutschland|DE
Federal Republic of Germany|DE
Förbundsrepubliken Tyskland|DE
West Germany|DE
East Germany|DE
Östtyskland|DE
Västtyskland|DE
DDR|DE
GDR|DE
BRD|DE
DEU|DE
de|DE
Bayern, Tyskland|DE
Bavaria, Germany|DE
Schleswig-Holstein, Germany|DE
Nederländerna|NL
Netherlands|NL
The Netherlands|NL
Nederland|NL
Holland|NL
Kingdom of the Netherlands|NL
NLD|NL
Belgien|BE
Belgium|BE
Belgique|BE
België|BE
BEL|BE
Luxemburg|LU
Luxembourg|LU
Grand Duchy of Luxembourg|LU
Frankrike|FR
France|FR
French Republic|FR
Republic of France|FR
FRA|FR
Normandie, Frankrike|FR
Brittany, France|FR
Spanien|ES
Spain|ES
España|ES
Kingdom of Spain|ES
ESP|ES
Portugal|PT
Portuguese Republic|PT
PRT|PT
Italien|IT
Italy|IT
Italia|IT
Italian Republic|IT
ITA|IT
Sicilien, Italien|IT
Grekland|GR
Greece|GR
Hellenic Republic|GR
Ελλάδα|GR
GRC|GR
Cypern|CY
Cyprus|CY
Malta|MT
Schweiz|CH
Switzerland|CH
Suisse|CH
Svizzera|CH
CHE|CH
Österrike|AT
Austria|AT
Österreich|AT
Republic of Austria|AT
AUT|AT
Ungern|HU
Hungary|HU
Magyarország|HU
HUN|HU
Tjeckien|CZ
Czechia|CZ
Czech Republic|CZ
Česká republika|CZ
Tjeckiska republiken|CZ
CZE|CZ
Slovakien|SK
Slovakia|SK
Slovak Republic|SK
Slovensko|SK
SVK|SK
Slovenien|SI
Slovenia|SI
Slovenija|SI
Kroatien|HR
Croatia|HR
Hrvatska|HR
Republic of Croatia|HR
Serbien|RS
Serbia|RS
Srbija|RS
Republic of Serbia|RS
Bosnien och Hercegovina|BA
Bosnia and Herzegovina|BA
Bosnia-Herzegovina|BA
Bosnia|BA
Bosna i Hercegovina|BA
Montenegro|ME
Crna Gora|ME
Nordmakedonien|MK
North Macedonia|MK
Macedonia|MK
Makedonien|MK
Republic of Macedonia|MK
Republic of North Macedonia|MK
Former Yugoslav Republic of Macedonia|MK
FYROM|MK
Albanien|AL
Albania|AL
Shqipëria|AL
Kosovo|XK
Kosova|XK
Rumänien|RO
Romania|RO
România|RO
Bulgarien|BG
Bulgaria|BG
Moldavien|MD
Moldova|MD
Moldavia|MD
Republic of Moldova|MD
Moldova, Republic of|MD
Ukraina|UA
Ukraine|UA
Україна|UA
UKR|UA
Vitryssland|BY
Belarus|BY
Byelorussia|BY
Belorussia|BY
Ryssland|RU
Russia|RU
Russian Federation|RU
Ryska federationen|RU
Россия|RU
Swiss Confederation|CH
RUS|RU
Georgien|GE
Georgia|GE
Georgia (country)|GE
Sakartvelo|GE
Armenien|AM
Armenia|AM
Azerbajdzjan|AZ
Azerbaijan|AZ
Turkiet|TR
Turkey|TR
Türkiye|TR
Republic of Turkey|TR
TUR|TR
Storbritannien|GB
United Kingdom|GB
UK|GB
Great Britain|GB
Britain|GB
United Kingdom of Great Britain and Northern Ireland|GB
Förenade kungariket|GB
England|GB
Scotland|GB
Skottland|GB
Wales|GB
Northern Ireland|GB
Nordirland|GB
England, United Kingdom|GB
Scotland, United Kingdom|GB
Wales, UK|GB
Northern Ireland, United Kingdom|GB
England (UK)|GB
GBR|GB
gb|GB
Irland|IE
Ireland|IE
Republic of Ireland|IE
Eire|IE
Éire|IE
IRL|IE
Åland|AX
Åland Islands|AX
Aland Islands|AX
Ålandsöarna|AX
Åland Islands, Finland|AX
Åland, Finland|AX
Finland (Åland)|AX
ALA|AX
ax|AX
Färöarna|FO
Faroe Islands|FO
Føroyar|FO
Faroe Islands, Denmark|FO
FRO|FO
Grönland|GL
Greenland|GL
Kalaallit Nunaat|GL
Greenland, Denmark|GL
Saint-Barthélemy|BL
Saint Barthélemy|BL
Saint Barthelemy|BL
Saint Barthélemy, France|BL
Svalbard och Jan Mayen|SJ
Svalbard and Jan Mayen|SJ
Guernsey|GG
Jersey|JE
Isle of Man|IM
Gibraltar|GI
Hongkong|HK
Hong Kong|HK
Puerto Rico|PR
Curaçao|CW
Curacao|CW
Aruba|AW
Martinique|MQ
Réunion|RE
Grönland (Danmark)|GL
USA|US
U.S.A.|US
United States|US
United States of America|US
Amerika|US
Förenta staterna|US
Minnesota, USA|US
Washington, United States|US
USA (Minnesota)|US
Kanada|CA
Canada|CA
Mexiko|MX
Mexico|MX
México|MX
Brasilien|BR
Brazil|BR
Brasil|BR
Argentina|AR
Chile|CL
Nicaragua|NI
Kuba|CU
Cuba|CU
Kina|CN
China|CN
People's Republic of China|CN
Folkrepubliken Kina|CN
CHN|CN
Japan|JP
Nippon|JP
Sydkorea|KR
South Korea|KR
Republic of Korea|KR
Korea, Republic of|KR
Nordkorea|KP
North Korea|KP
Indien|IN
India|IN
Vietnam|VN
Viet Nam|VN
Laos|LA
Lao People's Democratic Republic|LA
Thailand|TH
Siam|TH
Myanmar|MM
Burma|MM
Sri Lanka|LK
Ceylon|LK
Indonesien|ID
Indonesia|ID
Filippinerna|PH
Philippines|PH
Iran|IR
Persia|IR
Persien|IR
Islamic Republic of Iran|IR
Israel|IL
Palestina|PS
Palestine|PS
State of Palestine|PS
Syrien|SY
Syria|SY
Syrian Arab Republic|SY
Jordanien|JO
Jordan|JO
Egypten|EG
Egypt|EG
Marocko|MA
Morocco|MA
Tunisien|TN
Tunisia|TN
Sydafrika|ZA
South Africa|ZA
Republic of South Africa|ZA
Namibia|NA
Botswana|BW
Zimbabwe|ZW
Rhodesia|ZW
Moçambique|MZ
Mocambique|MZ
Mozambique|MZ
Tanzania|TZ
United Republic of Tanzania|TZ
Kenya|KE
Uganda|UG
Etiopien|ET
Ethiopia|ET
Eswatini|SZ
Swaziland|SZ
Kingdom of Eswatini|SZ
Lesotho|LS
Burkina Faso|BF
Upper Volta|BF
Benin|BJ
Dahomey|BJ
Elfenbenskusten|CI
Ivory Coast|CI
Côte d'Ivoire|CI
Cote d'Ivoire|CI
Kap Verde|CV
Cape Verde|CV
Cabo Verde|CV
Demokratiska republiken Kongo|CD
Democratic Republic of the Congo|CD
Zaire|CD
Republic of the Congo|CG
Kongo-Brazzaville|CG
Östtimor|TL
East Timor|TL
Timor-Leste|TL
Australien|AU
Australia|AU
Nya Zeeland|NZ
New Zealand|NZ
Vatikanstaten|VA
Vatican City|VA
Holy See|VA
Liechtenstein|LI
Monaco|MC
San Marino|SM
Andorra|AD
`
  .trim()
  .split("\n")
  .map((line) => line.split("|") as [string, string]);

describe("resolveCountry", () => {
  it("has a table of at least 300 spellings", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(300);
  });

  it.each(TABLE)("%s is %s", (spelling, code) => {
    expect(resolveCountry(spelling)).toBe(code);
  });

  it("resolves a region or place before the country by the country", () => {
    expect(resolveCountry("Rauma, Norway")).toBe("NO");
    expect(resolveCountry("Tórshavn, Faroe Islands")).toBe("FO");
    expect(resolveCountry("Mariehamn (Åland)")).toBe("AX");
  });

  it("calls a name two states share ambiguous instead of choosing", () => {
    expect(resolveCountryDetailed("Congo")).toEqual({ status: "ambiguous", codes: ["CD", "CG"] });
    expect(resolveCountry("Congo")).toBeUndefined();
  });

  it.each(["", "  ", "Narnia", "Soviet Union", "Jugoslavien", "Korea", "Europe", "XX", "QQQ", "12"])(
    "knows no country in %j",
    (spelling) => {
      expect(resolveCountry(spelling)).toBeUndefined();
    },
  );
});

describe("territories", () => {
  it("knows the sovereign state of a territory with its own code", () => {
    expect(sovereignOf("AX")).toBe("FI");
    expect(sovereignOf("FO")).toBe("DK");
    expect(sovereignOf("GL")).toBe("DK");
    expect(sovereignOf("BL")).toBe("FR");
    expect(sovereignOf("TA")).toBe("GB"); // Tristan da Cunha: part of Saint Helena, which is British
    expect(sovereignOf("FI")).toBeUndefined();
  });

  it("covers a state's territories when a row names the state", () => {
    expect(codesWithin("FI")).toEqual(["FI", "AX"]);
    expect(codesWithin("dk")).toEqual(["DK", "FO", "GL"]);
    expect(codesWithin("FR")).toContain("BL");
    expect(codesWithin("SE")).toEqual(["SE"]);
  });
});
