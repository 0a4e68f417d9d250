package org.clusterdev.engine.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of the synthetic data: well-known Indian clusters (town, district, state, approximate centre, the
 * NIC code and local name of the product, the kind of unit and a relative size), from seed 004 (case studies,
 * Table 1.7) and general knowledge of India's industrial geography; and cities with their approximate population,
 * around which firms of all kinds are scattered. Coordinates are town centres to about a kilometre; sizes are
 * relative, not statistics.
 */
final class Places {

    /** How a cluster's units are counted besides employment. */
    enum Kind {
        INDUSTRIAL,
        ARTISAN,
        HANDLOOM,
        VILLAGE
    }

    /** A cluster of one product in one place. */
    record Cluster(
            String town,
            String district,
            String state,
            double latitude,
            double longitude,
            String nic,
            String product,
            Kind kind,
            double size,
            double spreadKm,
            boolean exporting) {}

    /** A city, for scattered firms. */
    record City(String name, String district, String state, double latitude, double longitude, double lakhs) {}

    /** A NIC code of scattered firms with its relative frequency. */
    record Activity(String nic, double share) {}

    // town|district|state|lat|lon|nic|product|kind|size|spread km|exporting
    private static final String CLUSTERS = """
            Rajkot|Rajkot|Gujarat|22.3039|70.8022|2811|diesel engines|INDUSTRIAL|6|5|n
            Coimbatore|Coimbatore|Tamil Nadu|11.0168|76.9558|2750|wet grinders|INDUSTRIAL|4|4|n
            Coimbatore|Coimbatore|Tamil Nadu|11.0300|76.9900|2813|pumps and motors|INDUSTRIAL|4|5|y
            Bidar|Bidar|Karnataka|17.9104|77.5199|25999|bidri ware|ARTISAN|0.6|1.5|y
            Konark|Puri|Odisha|19.8876|86.0945|2396|stone carving|ARTISAN|0.4|1.5|n
            Ahmedabad|Ahmedabad|Gujarat|23.0225|72.5714|32111|gold jewellery|INDUSTRIAL|4|4|y
            Rourkela|Sundargarh|Odisha|22.2604|84.8536|28299|engineering fabrication|INDUSTRIAL|1.5|4|n
            Jalandhar|Jalandhar|Punjab|31.3260|75.5762|3230|sports goods|INDUSTRIAL|3|3|y
            Agra|Agra|Uttar Pradesh|27.1767|78.0081|15201|leather footwear|INDUSTRIAL|6|4|y
            Peenya|Bengaluru Urban|Karnataka|13.0285|77.5197|2822|machine tools|INDUSTRIAL|4|3|y
            Chanderi|Ashoknagar|Madhya Pradesh|24.7150|78.1400|13122|chanderi sarees|HANDLOOM|1|1.5|n
            Kalady|Ernakulam|Kerala|10.1667|76.4417|10612|rice mills|INDUSTRIAL|0.5|3|n
            Tiruppur|Tiruppur|Tamil Nadu|11.1085|77.3411|1430|knitwear banians|INDUSTRIAL|8|5|y
            Ludhiana|Ludhiana|Punjab|30.9010|75.8573|1430|hosiery woollens|INDUSTRIAL|4|5|y
            Ludhiana|Ludhiana|Punjab|30.8800|75.8200|3092|bicycle parts|INDUSTRIAL|3|4|y
            Moradabad|Moradabad|Uttar Pradesh|28.8386|78.7733|25999|pital brassware|ARTISAN|4|3|y
            Firozabad|Firozabad|Uttar Pradesh|27.1592|78.3957|2310|glass bangles|INDUSTRIAL|4|3|n
            Panipat|Panipat|Haryana|29.3909|76.9635|1392|handloom home furnishings|HANDLOOM|3|4|y
            Surat|Surat|Gujarat|21.1702|72.8311|1312|powerloom synthetic sarees|HANDLOOM|8|6|n
            Surat|Surat|Gujarat|21.2000|72.8400|3211|diamond cutting|INDUSTRIAL|5|3|y
            Varanasi|Varanasi|Uttar Pradesh|25.3176|82.9739|13122|banarasi silk sarees|HANDLOOM|4|4|y
            Kanchipuram|Kanchipuram|Tamil Nadu|12.8342|79.7036|13122|kanjivaram silk sarees|HANDLOOM|2|2|n
            Bhagalpur|Bhagalpur|Bihar|25.2425|86.9842|13122|tussar silk|HANDLOOM|2|3|n
            Jaipur|Jaipur|Rajasthan|26.9124|75.7873|32111|gems and jewellery|INDUSTRIAL|3|3|y
            Sanganer|Jaipur|Rajasthan|26.8210|75.7900|13131|block printed textiles|ARTISAN|2|2|y
            Sivakasi|Virudhunagar|Tamil Nadu|9.4533|77.8024|2029|fireworks|INDUSTRIAL|3|4|n
            Sivakasi|Virudhunagar|Tamil Nadu|9.4600|77.7900|1811|printing|INDUSTRIAL|2|3|n
            Morbi|Morbi|Gujarat|22.8173|70.8377|2392|ceramic tiles|INDUSTRIAL|3|4|y
            Kolhapur|Kolhapur|Maharashtra|16.7050|74.2433|2431|foundry castings|INDUSTRIAL|2|4|n
            Belagavi|Belagavi|Karnataka|15.8497|74.4977|2431|foundry castings|INDUSTRIAL|2|4|y
            Batala|Gurdaspur|Punjab|31.8186|75.2028|2821|agricultural implements|INDUSTRIAL|1.5|3|n
            Aligarh|Aligarh|Uttar Pradesh|27.8974|78.0880|2593|locks and hardware|INDUSTRIAL|4|3|n
            Meerut|Meerut|Uttar Pradesh|28.9845|77.7064|3230|sports goods|INDUSTRIAL|2|3|y
            Khurja|Bulandshahr|Uttar Pradesh|28.2514|77.8539|2393|khurja pottery|ARTISAN|1.5|2|n
            Saharanpur|Saharanpur|Uttar Pradesh|29.9680|77.5552|16299|wood carving|ARTISAN|2|3|y
            Channapatna|Ramanagara|Karnataka|12.6518|77.2089|3240|lacquered wooden toys|ARTISAN|1|2|n
            Kollam|Kollam|Kerala|8.8932|76.6141|1030|cashew processing|INDUSTRIAL|2|5|y
            Alappuzha|Alappuzha|Kerala|9.4981|76.3388|1394|coir products|VILLAGE|2|6|y
            Bhiwandi|Thane|Maharashtra|19.2813|73.0483|1312|powerloom fabrics|HANDLOOM|5|4|n
            Malegaon|Nashik|Maharashtra|20.5537|74.5288|1312|powerloom fabrics|HANDLOOM|3|3|n
            Ichalkaranji|Kolhapur|Maharashtra|16.6918|74.4606|13121|powerloom cotton fabrics|HANDLOOM|3|3|n
            Solapur|Solapur|Maharashtra|17.6599|75.9064|1392|terry towels and chaddars|HANDLOOM|2|4|y
            Erode|Erode|Tamil Nadu|11.3410|77.7172|13121|handloom cotton|HANDLOOM|2|5|n
            Pochampally|Yadadri Bhuvanagiri|Telangana|17.3470|78.8200|13122|ikat sarees|HANDLOOM|1|3|n
            Sambalpur|Sambalpur|Odisha|21.4669|83.9812|13121|sambalpuri sarees|HANDLOOM|1|4|n
            Bhadohi|Bhadohi|Uttar Pradesh|25.3952|82.5701|1393|hand knotted carpets|ARTISAN|3|6|y
            Srinagar|Srinagar|Jammu and Kashmir|34.0837|74.7973|1393|kashmiri carpets and shawls|ARTISAN|2|4|y
            Lucknow|Lucknow|Uttar Pradesh|26.8467|80.9462|13991|chikan embroidery|ARTISAN|3|5|y
            Kaithoon|Kota|Rajasthan|25.0500|75.9700|13121|kota doria|HANDLOOM|1|2|n
            Jamnagar|Jamnagar|Gujarat|22.4707|70.0577|2599|brass parts|INDUSTRIAL|3|4|y
            Faridabad|Faridabad|Haryana|28.4089|77.3178|2930|auto components|INDUSTRIAL|3|5|n
            Pimpri-Chinchwad|Pune|Maharashtra|18.6298|73.7997|2930|auto components|INDUSTRIAL|4|5|y
            Hosur|Krishnagiri|Tamil Nadu|12.7409|77.8253|2930|auto components|INDUSTRIAL|2|4|n
            Howrah|Howrah|West Bengal|22.5958|88.2636|2431|light engineering and foundry|INDUSTRIAL|3|4|n
            Tangra|Kolkata|West Bengal|22.5510|88.3980|1512|leather goods|INDUSTRIAL|2|2|y
            Kanpur|Kanpur Nagar|Uttar Pradesh|26.4499|80.3319|1511|tanneries|INDUSTRIAL|2|4|y
            Ambur|Tirupathur|Tamil Nadu|12.7904|78.7166|15201|leather footwear|INDUSTRIAL|2|3|y
            Jeedimetla|Medchal Malkajgiri|Telangana|17.5100|78.4600|2100|bulk drugs|INDUSTRIAL|2|4|y
            Baddi|Solan|Himachal Pradesh|30.9578|76.7914|2100|pharmaceuticals|INDUSTRIAL|1|3|n
            Ankleshwar|Bharuch|Gujarat|21.6264|73.0152|2011|chemicals|INDUSTRIAL|2|4|y
            Vapi|Valsad|Gujarat|20.3893|72.9106|2011|chemicals|INDUSTRIAL|2|3|y
            Koramangala|Bengaluru Urban|Karnataka|12.9352|77.6245|62099|software and IT services|INDUSTRIAL|3|6|y
            Sualkuchi|Kamrup|Assam|26.1700|91.5700|13122|muga and pat silk|HANDLOOM|1|2|n
            Imphal|Imphal West|Manipur|24.8170|93.9368|13121|manipuri handloom|HANDLOOM|1|4|n
            Jodhpur|Jodhpur|Rajasthan|26.2389|73.0243|31001|wooden furniture and handicrafts|ARTISAN|2|4|y
            Salem|Salem|Tamil Nadu|11.6643|78.1460|13121|handloom dhotis|HANDLOOM|1|5|n
            Mysuru|Mysuru|Karnataka|12.2958|76.6394|13122|mysore silk|HANDLOOM|1|3|n
            Bhuj|Kachchh|Gujarat|23.2420|69.6669|13991|kutch embroidery|ARTISAN|1|8|y
            Pilkhuwa|Hapur|Uttar Pradesh|28.7097|77.6550|1392|handloom bedsheets|HANDLOOM|1|2|n
            Thanjavur|Thanjavur|Tamil Nadu|10.7870|79.1378|32909|thanjavur art plates|ARTISAN|0.4|2|n
            Kondapalli|NTR|Andhra Pradesh|16.6200|80.5400|3240|wooden toys|ARTISAN|0.3|1.5|n
            Nagina|Bijnor|Uttar Pradesh|29.4433|78.4330|16299|ebony wood craft|ARTISAN|0.5|2|y
            """;

    // city|district|state|lat|lon|population in lakh
    private static final String CITIES = """
            Mumbai|Mumbai|Maharashtra|19.0760|72.8777|124
            Delhi|New Delhi|Delhi|28.6139|77.2090|110
            Bengaluru|Bengaluru Urban|Karnataka|12.9716|77.5946|84
            Hyderabad|Hyderabad|Telangana|17.3850|78.4867|68
            Ahmedabad|Ahmedabad|Gujarat|23.0225|72.5714|55
            Chennai|Chennai|Tamil Nadu|13.0827|80.2707|46
            Kolkata|Kolkata|West Bengal|22.5726|88.3639|45
            Surat|Surat|Gujarat|21.1702|72.8311|45
            Pune|Pune|Maharashtra|18.5204|73.8567|31
            Jaipur|Jaipur|Rajasthan|26.9124|75.7873|30
            Lucknow|Lucknow|Uttar Pradesh|26.8467|80.9462|28
            Kanpur|Kanpur Nagar|Uttar Pradesh|26.4499|80.3319|27
            Nagpur|Nagpur|Maharashtra|21.1458|79.0882|24
            Indore|Indore|Madhya Pradesh|22.7196|75.8577|19
            Thane|Thane|Maharashtra|19.2183|72.9781|18
            Bhopal|Bhopal|Madhya Pradesh|23.2599|77.4126|17
            Visakhapatnam|Visakhapatnam|Andhra Pradesh|17.6868|83.2185|17
            Patna|Patna|Bihar|25.5941|85.1376|16
            Vadodara|Vadodara|Gujarat|22.3072|73.1812|16
            Ghaziabad|Ghaziabad|Uttar Pradesh|28.6692|77.4538|16
            Ludhiana|Ludhiana|Punjab|30.9010|75.8573|16
            Agra|Agra|Uttar Pradesh|27.1767|78.0081|15
            Nashik|Nashik|Maharashtra|19.9975|73.7898|14
            Faridabad|Faridabad|Haryana|28.4089|77.3178|14
            Meerut|Meerut|Uttar Pradesh|28.9845|77.7064|13
            Rajkot|Rajkot|Gujarat|22.3039|70.8022|13
            Varanasi|Varanasi|Uttar Pradesh|25.3176|82.9739|12
            Srinagar|Srinagar|Jammu and Kashmir|34.0837|74.7973|12
            Aurangabad|Chhatrapati Sambhajinagar|Maharashtra|19.8762|75.3433|12
            Dhanbad|Dhanbad|Jharkhand|23.7957|86.4304|12
            Amritsar|Amritsar|Punjab|31.6340|74.8723|11
            Prayagraj|Prayagraj|Uttar Pradesh|25.4358|81.8463|11
            Ranchi|Ranchi|Jharkhand|23.3441|85.3096|11
            Howrah|Howrah|West Bengal|22.5958|88.2636|11
            Coimbatore|Coimbatore|Tamil Nadu|11.0168|76.9558|11
            Jabalpur|Jabalpur|Madhya Pradesh|23.1815|79.9864|11
            Gwalior|Gwalior|Madhya Pradesh|26.2183|78.1828|11
            Vijayawada|NTR|Andhra Pradesh|16.5062|80.6480|10
            Jodhpur|Jodhpur|Rajasthan|26.2389|73.0243|10
            Madurai|Madurai|Tamil Nadu|9.9252|78.1198|10
            Raipur|Raipur|Chhattisgarh|21.2514|81.6296|10
            Kota|Kota|Rajasthan|25.2138|75.8648|10
            Guwahati|Kamrup Metropolitan|Assam|26.1445|91.7362|10
            Chandigarh|Chandigarh|Chandigarh|30.7333|76.7794|10
            Solapur|Solapur|Maharashtra|17.6599|75.9064|9.5
            Bareilly|Bareilly|Uttar Pradesh|28.3670|79.4304|9
            Moradabad|Moradabad|Uttar Pradesh|28.8386|78.7733|9
            Mysuru|Mysuru|Karnataka|12.2958|76.6394|9
            Tiruchirappalli|Tiruchirappalli|Tamil Nadu|10.7905|78.7047|9
            Bhubaneswar|Khordha|Odisha|20.2961|85.8245|8.5
            Salem|Salem|Tamil Nadu|11.6643|78.1460|8.3
            Thiruvananthapuram|Thiruvananthapuram|Kerala|8.5241|76.9366|7.5
            Kochi|Ernakulam|Kerala|9.9312|76.2673|6
            Kozhikode|Kozhikode|Kerala|11.2588|75.7804|6
            Dehradun|Dehradun|Uttarakhand|30.3165|78.0322|6
            Jammu|Jammu|Jammu and Kashmir|32.7266|74.8570|6
            Mangaluru|Dakshina Kannada|Karnataka|12.9141|74.8560|6
            Belagavi|Belagavi|Karnataka|15.8497|74.4977|6
            Hubballi|Dharwad|Karnataka|15.3647|75.1240|9
            Kolhapur|Kolhapur|Maharashtra|16.7050|74.2433|5.5
            Jamshedpur|Purbi Singhbhum|Jharkhand|22.8046|86.2029|13
            Cuttack|Cuttack|Odisha|20.4625|85.8830|6.6
            Rourkela|Sundargarh|Odisha|22.2604|84.8536|5.5
            Gorakhpur|Gorakhpur|Uttar Pradesh|26.7606|83.3732|6.7
            Aligarh|Aligarh|Uttar Pradesh|27.8974|78.0880|8.7
            Saharanpur|Saharanpur|Uttar Pradesh|29.9680|77.5552|7
            Firozabad|Firozabad|Uttar Pradesh|27.1592|78.3957|6
            Jhansi|Jhansi|Uttar Pradesh|25.4484|78.5685|5
            Ujjain|Ujjain|Madhya Pradesh|23.1765|75.7885|5
            Bikaner|Bikaner|Rajasthan|28.0229|73.3119|6.5
            Ajmer|Ajmer|Rajasthan|26.4499|74.6399|5.4
            Udaipur|Udaipur|Rajasthan|24.5854|73.7125|4.5
            Bhavnagar|Bhavnagar|Gujarat|21.7645|72.1519|6
            Jamnagar|Jamnagar|Gujarat|22.4707|70.0577|6
            Nellore|Sri Potti Sriramulu Nellore|Andhra Pradesh|14.4426|79.9865|5.6
            Guntur|Guntur|Andhra Pradesh|16.3067|80.4365|7.4
            Warangal|Hanumakonda|Telangana|17.9689|79.5941|8
            Tirupati|Tirupati|Andhra Pradesh|13.6288|79.4192|4
            Siliguri|Darjeeling|West Bengal|26.7271|88.3953|5
            Durgapur|Paschim Bardhaman|West Bengal|23.5204|87.3119|5.6
            Asansol|Paschim Bardhaman|West Bengal|23.6739|86.9524|5.6
            Muzaffarpur|Muzaffarpur|Bihar|26.1209|85.3647|4
            Gaya|Gaya|Bihar|24.7914|85.0002|4.7
            Bhagalpur|Bhagalpur|Bihar|25.2425|86.9842|4
            Bilaspur|Bilaspur|Chhattisgarh|22.0797|82.1409|3.3
            Shillong|East Khasi Hills|Meghalaya|25.5788|91.8933|3.5
            Imphal|Imphal West|Manipur|24.8170|93.9368|2.7
            Agartala|West Tripura|Tripura|23.8315|91.2868|4
            Shimla|Shimla|Himachal Pradesh|31.1048|77.1734|1.7
            Panaji|North Goa|Goa|15.4909|73.8278|1.1
            Puducherry|Puducherry|Puducherry|11.9416|79.8083|2.4
            Karnal|Karnal|Haryana|29.6857|76.9905|3
            Hisar|Hisar|Haryana|29.1492|75.7217|3
            Patiala|Patiala|Punjab|30.3398|76.3869|4.5
            Bathinda|Bathinda|Punjab|30.2110|74.9455|3
            Haridwar|Haridwar|Uttarakhand|29.9457|78.1642|2.3
            Sambalpur|Sambalpur|Odisha|21.4669|83.9812|3.4
            Berhampur|Ganjam|Odisha|19.3149|84.7941|3.6
            Thrissur|Thrissur|Kerala|10.5276|76.2144|3.2
            Erode|Erode|Tamil Nadu|11.3410|77.7172|5
            Tirunelveli|Tirunelveli|Tamil Nadu|8.7139|77.7567|4.7
            Vellore|Vellore|Tamil Nadu|12.9165|79.1325|5
            Davanagere|Davanagere|Karnataka|14.4644|75.9218|4.4
            Kalaburagi|Kalaburagi|Karnataka|17.3297|76.8343|5.4
            Amravati|Amravati|Maharashtra|20.9320|77.7523|6.5
            Akola|Akola|Maharashtra|20.7002|77.0082|4.3
            Sagar|Sagar|Madhya Pradesh|23.8388|78.7378|3
            Satna|Satna|Madhya Pradesh|24.6005|80.8322|2.8
            """;

    /** NIC codes of scattered firms: Udyam registrations' most frequent activities (DC MSME, Bulletin VII). */
    private static final String ACTIVITIES = """
            32909|20.5
            14101|10.0
            13999|7.4
            10799|5.8
            25999|5.0
            14105|3.9
            32111|3.9
            31001|3.6
            13121|3.5
            22209|3.3
            10795|3.2
            10611|3.0
            10509|2.7
            24109|2.5
            27900|2.5
            10712|2.3
            14109|2.3
            10612|2.3
            28299|2.2
            33140|2.1
            13139|2.1
            10719|1.9
            31009|1.8
            10796|1.7
            10309|1.7
            13991|1.6
            16299|1.6
            15201|1.5
            22203|1.5
            27400|1.4
            49231|22.0
            96098|19.3
            56291|18.8
            74909|13.3
            82990|10.7
            62099|7.0
            96020|5.6
            45200|3.6
            45403|3.5
            95111|3.3
            """;

    static final List<Cluster> CLUSTER_LIST = clusters();
    static final List<City> CITY_LIST = cities();
    static final List<Activity> ACTIVITY_LIST = activities();

    private Places() {}

    private static List<Cluster> clusters() {
        List<Cluster> clusters = new ArrayList<>();
        for (String line : CLUSTERS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            clusters.add(new Cluster(
                    f[0],
                    f[1],
                    f[2],
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    f[5],
                    f[6],
                    Kind.valueOf(f[7]),
                    Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]),
                    f[10].equals("y")));
        }
        return List.copyOf(clusters);
    }

    private static List<City> cities() {
        List<City> cities = new ArrayList<>();
        for (String line : CITIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            cities.add(new City(
                    f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return List.copyOf(cities);
    }

    private static List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        for (String line : ACTIVITIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            activities.add(new Activity(f[0], Double.parseDouble(f[1])));
        }
        return List.copyOf(activities);
    }
}
