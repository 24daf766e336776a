/**
 * Countries, territories and regions that policy statements name. A position is anchored to one
 * or two of them, as real ones are ("the situation in Sudan", "talks between Serbia and Kosovo"):
 * the place is the rare term that tells two otherwise identical stances apart.
 */
export const PLACES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'the Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus',
  'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil',
  'Brunei Darussalam', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cambodia', 'Cameroon', 'Canada',
  'the Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'the Comoros', 'the Congo', 'Costa Rica',
  "Côte d'Ivoire", 'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'the Democratic Republic of the Congo', 'Denmark',
  'Djibouti', 'Dominica', 'the Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea',
  'Eritrea', 'Estonia', 'Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'the Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan',
  'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho',
  'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia',
  'the Maldives', 'Mali', 'Malta', 'the Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia',
  'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Burma', 'Namibia', 'Nauru', 'Nepal',
  'the Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'the Philippines', 'Poland', 'Portugal',
  'Qatar', 'the Republic of Korea', 'Romania', 'the Russian Federation', 'Rwanda', 'Saint Lucia', 'Samoa',
  'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia',
  'Slovenia', 'the Solomon Islands', 'Somalia', 'South Africa', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan',
  'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo',
  'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine',
  'the United Arab Emirates', 'the United Kingdom', 'the United States', 'Uruguay', 'Uzbekistan', 'Vanuatu',
  'Venezuela', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe', 'Kosovo', 'Western Sahara', 'Jammu and Kashmir',
  'the Gaza Strip', 'the West Bank', 'Crimea', 'Nagorno-Karabakh', 'Abkhazia', 'South Ossetia', 'Transnistria',
  'Darfur', 'Tigray', 'the Sahel', 'the Horn of Africa', 'the Great Lakes region', 'the Lake Chad Basin',
  'the Korean Peninsula', 'the South China Sea', 'the Red Sea', 'the Gulf of Aden', 'the Strait of Hormuz',
  'the Western Balkans', 'the Caucasus', 'Central Asia', 'the Arctic', 'the Mediterranean', 'the Black Sea',
  'the Baltic Sea', 'the Persian Gulf', 'the Indo-Pacific', 'Latin America and the Caribbean', 'the Andes',
  'the Amazon Basin', 'the Mekong Delta', 'the Rohingya camps of Cox’s Bazar', 'Idlib', 'Aleppo', 'Mosul',
  'Kandahar', 'Khartoum', 'El Fasher', 'Mogadishu', 'Goma', 'Bangui', 'Timbuktu', 'Benghazi', 'Tripoli', 'Sanaa',
  'Hodeidah', 'Aden', 'Marib', 'Kabul', 'Herat', 'Port-au-Prince', 'Juba', 'Cabo Delgado', 'Rakhine State',
  'Kachin State', 'the Chittagong Hill Tracts', 'Balochistan', 'Mindanao', 'Papua', 'Bougainville',
  'New Caledonia', 'the Falkland Islands', 'Gibraltar', 'Cyprus’s buffer zone', 'the Golan Heights',
  'East Jerusalem', 'the Occupied Palestinian Territory', 'the Sinai Peninsula', 'Kurdistan', 'Anbar Province',
]

/**
 * Names that a later year writes differently (a country renamed, an official form adopted):
 * applied to every restatement after `fromYear`, as IIOJ&K became IIOJK in the seed corpus.
 */
export const RENAMES: ReadonlyArray<{ from: string; to: string }> = [
  { from: 'Turkey', to: 'Türkiye' },
  { from: 'Swaziland', to: 'Eswatini' },
  { from: 'Burma', to: 'Myanmar' },
  { from: 'the Occupied Palestinian Territory', to: 'the OPT' },
]
