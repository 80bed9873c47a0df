/*
 * Former names of county-level divisions renamed since 2011 (县改市, 县改区, 市改区): reports of
 * earlier years name their units by the name of their day ("X县财政局" of a county that is now a
 * city). Each old name is listed under the prefecture-level city (or, for the municipalities, the
 * province) it belongs to; a unit named with it keeps the name as written, and its city and
 * province come from here. Sources: the State Council's approvals of the renames, as listed in
 * the Ministry of Civil Affairs' yearly changes to the administrative divisions. Names that
 * read as common words before 县 in running text (开县: "召开县…", 达县: "到达县…") are left out.
 * Same format as GAZETTEER: province ":" city "=" name "," name … "|" city … ; one province a line.
 */
export const FORMER_NAMES = [
	'北京市:市辖区=密云县,延庆县',
	'天津市:市辖区=蓟县,宁河县,静海县',
	'上海市:市辖区=崇明县',
	'重庆市:市辖区=潼南县,荣昌县,璧山县,铜梁县,梁平县,武隆县',
	'河北省:承德市=平泉县|唐山市=滦县',
	'山西省:晋中市=太谷县|朔州市=怀仁县',
	'黑龙江省:黑河市=嫩江县|牡丹江市=东宁县|大兴安岭地区=漠河县',
	'江苏省:南通市=海门市|盐城市=大丰市|泰州市=姜堰市|南京市=溧水县,高淳县|苏州市=吴江市|常州市=金坛市',
	'浙江省:台州市=玉环县|杭州市=临安市,富阳市|绍兴市=上虞市,绍兴县|温州市=洞头县|宁波市=奉化市',
	'安徽省:宣城市=广德县|安庆市=潜山县|芜湖市=无为县',
	'福建省:三明市=沙县|漳州市=长泰县,龙海市|南平市=建阳市|福州市=长乐市',
	'江西省:赣州市=龙南县,赣县,南康市|九江市=星子县',
	'山东省:济南市=章丘市,济阳县|烟台市=蓬莱市|滨州市=邹平县',
	'湖北省:荆门市=京山县|荆州市=监利县|十堰市=郧县',
	'湖南省:长沙市=宁乡县,望城县|株洲市=株洲县|邵阳市=邵东县|永州市=祁阳县',
	'广东省:肇庆市=高要市|茂名市=电白县',
	'广西壮族自治区:南宁市=横县,武鸣县|百色市=平果县,靖西县,田阳县|桂林市=荔浦县,临桂县',
	'四川省:凉山彝族自治州=会理县|遂宁市=射洪县|内江市=隆昌县|阿坝藏族羌族自治州=马尔康县|甘孜藏族自治州=康定县|成都市=郫县,双流县,新津县|眉山市=彭山县|宜宾市=宜宾县,南溪县|雅安市=名山县',
	'贵州省:六盘水市=盘县,水城县|毕节市=黔西县|黔西南布依族苗族自治州=兴仁县',
	'云南省:玉溪市=澄江县|昭通市=水富县|红河哈尼族彝族自治州=弥勒县|怒江傈僳族自治州=泸水县|保山市=腾冲县',
	'西藏自治区:林芝市=米林县|山南市=错那县',
	'陕西省:榆林市=神木县|延安市=子长县|咸阳市=彬县|安康市=旬阳县',
	'甘肃省:平凉市=华亭县',
	'新疆维吾尔自治区:阿克苏地区=库车县|塔城地区=沙湾县'
].join('\n');
