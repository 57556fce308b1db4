/**
 * Traditional → simplified for the characters of the template labels, section headings, title
 * patterns and narrative patterns (plus common words around them), so a report published in
 * traditional characters reads exactly like a simplified one. opencc is not a dependency: this
 * table is deliberately small and one-to-one; context-dependent characters are handled as phrases.
 */

// Pair i of TRADITIONAL maps to character i of SIMPLIFIED.
const TRADITIONAL = [
  '萬與專業叢東絲兩嚴喪個豐臨為爲麗舉義烏樂喬習鄉書買亂爭於虧雲亞產畝親億僅從侖倉儀們價眾衆優會傘偉傳傷',
  '倫偽僞體餘傭僉俠侶僥偵側僑儈儂債傾僂僨償儲兒內岡冊寫軍農馮沖決況凍淨涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪',
  '別剎劑剮劍劇勸辦務動勵勁勞勢勳勻匯彙區醫華協單賣盧衛卻卹廠廳曆歷厲壓厭厙縣參雙發變敘疊葉號嘆嘰嚇嗎啟',
  '吳嘔員嗆嗚詠響啞喲嘩喚團園圍國圖圓聖場壞塊堅壇壩墳墜壟壘墾堯報塢塗墊塵塹壯聲殼壺處備復複夠頭誇夾奪奮',
  '獎婦媽嫵姍婁孫學寧寶實審憲宮寬賓寢對尋導壽將爾嘗屍盡層屆屬歲豈嶼嶺嶽峯島鞏幣帥師帳帶幫幹廣莊慶廬庫應',
  '廟廢開異棄張彎彌強歸當錄彥徹徑後徵憶懷態憐總戀懇惡惱悅懸驚懼慘慚慣願慮懶憤戲戰戶執擴掃揚擾撫摶搶護擔',
  '擬攏揀擁攔擰撥擇掛擋據擠揮撈損撿換搗掄採捨撲攜擺搖攝攤攬撐數斂斃敵斕鬥斬斷無舊時曠晝顯晉曬曉暈暫曖術',
  '機殺雜權條來楊傑極構樞棗櫃檸査樹標棧欄樣檢櫻橫檔橋樺樁夢歡歐殘殲毀氣漢湯溝沒滬瀋淚潑澤潔灑濃濤漲滲溫',
  '測滿濟漁濱灣澀濕潰濺灘濁滅燈靈災爐點煉熾爛燒熱煥煩燙營燦燭爺牆牽犧狀猶獨獄獅獲獵貓獻瑪環現瓊璽甕畫暢',
  '疇療癒皺盞鹽監蓋盤瞭睜矚礦碼磚確礙礎禮禍禪離禿種稱積穩穀窮竊竅竄競筆築節範簡籌簽籤類糧糾紀約級紅純紙',
  '紛納紡線綫練組細織終經絕結給絡統綁綜綠維綱網緊緒續緣編緩縮績繫係繳繼纏罰罷羅職聯聰聞肅脅脈腦膽膚腳臉',
  '臟艱艷藝蘇蘋蕭薦藥蓮蘭虛蟲衝補裝製襲見規視覽覺觀觸計訂訃認討讓訓議訊記講諱許論訟設訪證評識詐訴診詞譯',
  '試詩誠話誕詢該詳語誤說誰課調談請諸諾讀謀謊謝謠謹譜譽讚谘諮貝負貢財責賢敗貨質販貧購貯貫貳貼貴貸貿費賀',
  '資賈賊賄賬賦賭賞賠賴賽贈贊贏贛趙趕趨躍踐蹤車軌軟轉輪較載輔輕輛輝輸轄辭邊遼達遷過邁運還這進遠違連遲適',
  '選遜遞遺鄧鄭鄰郵醜釋裏裡針釣鈔鋼錢鐵鈴鉛銀銅銷鎖鋤鍋錯錦鍵鍛鎮鏡鐘鍾鑒鑑長門閃閉問閒間閘閱闊闡關闖隊',
  '陽陰陣階際陸陳險隨隱隸難雛雖電霧靜韓頁頂項順須預頑頓領頻題額顏顧風颱飛飯飲飾餓館饒馬駐駕驅驗驟髮鬆魯',
  '魚鮮鳥鳴鴻鵬鹼麥黃黨齊齒齡龍龜臺檯佈併並祕佔誌週迴託嚮僱閩雞韌衞峽滙懲閥奧糰窯瑣幟輿滾濾紹繩縱歎籲儘',
].join('')
const SIMPLIFIED = [
  '万与专业丛东丝两严丧个丰临为为丽举义乌乐乔习乡书买乱争于亏云亚产亩亲亿仅从仑仓仪们价众众优会伞伟传伤',
  '伦伪伪体余佣佥侠侣侥侦侧侨侩侬债倾偻偾偿储儿内冈册写军农冯冲决况冻净凉减凑凛几凤凭凯击凿划刘则刚创删',
  '别刹剂剐剑剧劝办务动励劲劳势勋匀汇汇区医华协单卖卢卫却恤厂厅历历厉压厌厍县参双发变叙叠叶号叹叽吓吗启',
  '吴呕员呛呜咏响哑哟哗唤团园围国图圆圣场坏块坚坛坝坟坠垄垒垦尧报坞涂垫尘堑壮声壳壶处备复复够头夸夹夺奋',
  '奖妇妈妩姗娄孙学宁宝实审宪宫宽宾寝对寻导寿将尔尝尸尽层届属岁岂屿岭岳峰岛巩币帅师帐带帮干广庄庆庐库应',
  '庙废开异弃张弯弥强归当录彦彻径后征忆怀态怜总恋恳恶恼悦悬惊惧惨惭惯愿虑懒愤戏战户执扩扫扬扰抚抟抢护担',
  '拟拢拣拥拦拧拨择挂挡据挤挥捞损捡换捣抡采舍扑携摆摇摄摊揽撑数敛毙敌斓斗斩断无旧时旷昼显晋晒晓晕暂暧术',
  '机杀杂权条来杨杰极构枢枣柜柠查树标栈栏样检樱横档桥桦桩梦欢欧残歼毁气汉汤沟没沪沈泪泼泽洁洒浓涛涨渗温',
  '测满济渔滨湾涩湿溃溅滩浊灭灯灵灾炉点炼炽烂烧热焕烦烫营灿烛爷墙牵牺状犹独狱狮获猎猫献玛环现琼玺瓮画畅',
  '畴疗愈皱盏盐监盖盘了睁瞩矿码砖确碍础礼祸禅离秃种称积稳谷穷窃窍窜竞笔筑节范简筹签签类粮纠纪约级红纯纸',
  '纷纳纺线线练组细织终经绝结给络统绑综绿维纲网紧绪续缘编缓缩绩系系缴继缠罚罢罗职联聪闻肃胁脉脑胆肤脚脸',
  '脏艰艳艺苏苹萧荐药莲兰虚虫冲补装制袭见规视览觉观触计订讣认讨让训议讯记讲讳许论讼设访证评识诈诉诊词译',
  '试诗诚话诞询该详语误说谁课调谈请诸诺读谋谎谢谣谨谱誉赞咨咨贝负贡财责贤败货质贩贫购贮贯贰贴贵贷贸费贺',
  '资贾贼贿账赋赌赏赔赖赛赠赞赢赣赵赶趋跃践踪车轨软转轮较载辅轻辆辉输辖辞边辽达迁过迈运还这进远违连迟适',
  '选逊递遗邓郑邻邮丑释里里针钓钞钢钱铁铃铅银铜销锁锄锅错锦键锻镇镜钟钟鉴鉴长门闪闭问闲间闸阅阔阐关闯队',
  '阳阴阵阶际陆陈险随隐隶难雏虽电雾静韩页顶项顺须预顽顿领频题额颜顾风台飞饭饮饰饿馆饶马驻驾驱验骤发松鲁',
  '鱼鲜鸟鸣鸿鹏碱麦黄党齐齿龄龙龟台台布并并秘占志周回托向雇闽鸡韧卫峡汇惩阀奥团窑琐帜舆滚滤绍绳纵叹吁尽',
].join('')

/** 覆 also exists in simplified text (覆盖), so it is only folded inside these words. */
const PHRASES: readonly (readonly [string, string])[] = [
  ['反覆', '反复'],
  ['答覆', '答复'],
  ['回覆', '回复'],
  ['重覆', '重复'],
]

const CHAR_MAP: ReadonlyMap<string, string> = new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i] ?? t]))

export function traditionalPairCount(): { traditional: number; simplified: number } {
  return { traditional: [...TRADITIONAL].length, simplified: [...SIMPLIFIED].length }
}

// One character class: a regex scan is far faster than rebuilding the string per character.
const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL}]`, 'gu')
const TRADITIONAL_TEST = new RegExp(`[${TRADITIONAL}]`, 'u')

/** Simplified text passes through unchanged; only mapped traditional characters are replaced. */
export function toSimplified(text: string): string {
  let out = text.replace(TRADITIONAL_RE, (ch) => CHAR_MAP.get(ch) ?? ch)
  if (out.includes('覆')) for (const [from, to] of PHRASES) out = out.split(from).join(to)
  return out
}

/** A cheap signal for tests and the UI: does the text contain any mapped traditional character? */
export function hasTraditional(text: string): boolean {
  return TRADITIONAL_TEST.test(text)
}
