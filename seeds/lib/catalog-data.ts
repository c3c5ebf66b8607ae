/**
 * The demo catalog tree. Each leaf lists product types, and each type the brands that make it
 * and its variants (colour, size, pack), so composed names such as "华为 5G智能手机 曜石黑
 * 12GB+256GB" always make sense. Prices are in yuan, margins in percent.
 */

export interface Term {
  zh: string;
  en: string;
}

export interface ProductType extends Term {
  /** Price range in yuan. */
  price: readonly [number, number];
  brands: readonly Term[];
  variants: readonly Term[];
}

export interface LeafCatalog extends Term {
  /** SKU prefix. */
  code: string;
  types: readonly ProductType[];
  /** Usual gross margin range in percent. */
  margin: readonly [number, number];
}

export type SupplierGroup = 'digital' | 'apparel' | 'food';

export interface RootCatalog extends Term {
  /** Which suppliers (see supplier-data.ts) serve this branch. */
  supplierGroup: SupplierGroup;
  leaves: readonly LeafCatalog[];
}

const t = (zh: string, en: string): Term => ({ zh, en });
const terms = (pairs: string): Term[] =>
  pairs.split(';').map((pair) => {
    const [zh, en] = pair.split('|');
    return t(zh.trim(), en.trim());
  });

const PHONE_BRANDS = terms('华为|Huawei; 小米|Xiaomi; OPPO|OPPO; vivo|vivo; 荣耀|Honor');
const LAPTOP_BRANDS = terms('联想|Lenovo; 戴尔|Dell; 惠普|HP; 华硕|ASUS');
const KITCHEN_BRANDS = terms('美的|Midea; 苏泊尔|Supor; 九阳|Joyoung; 飞利浦|Philips');

export const CATALOG_TREE: readonly RootCatalog[] = [
  {
    ...t('数码家电', 'Electronics & Appliances'),
    supplierGroup: 'digital',
    leaves: [
      {
        ...t('手机通讯', 'Mobile Phones'),
        code: 'MOB',
        margin: [6, 18],
        types: [
          { ...t('5G智能手机', '5G Smartphone'), price: [999, 6999], brands: PHONE_BRANDS, variants: terms('曜石黑 8GB+256GB|Obsidian Black 8GB+256GB; 星河银 12GB+256GB|Galaxy Silver 12GB+256GB; 冰川蓝 12GB+512GB|Glacier Blue 12GB+512GB; 樱花粉 8GB+128GB|Sakura Pink 8GB+128GB') },
          { ...t('老人手机', 'Senior Phone'), price: [159, 499], brands: terms('中兴|ZTE; 飞利浦|Philips; 天语|K-Touch'), variants: terms('黑色 全网通|Black, All Networks; 红色 大字大声|Red, Large Font; 金色 4G|Gold 4G') },
          { ...t('真无线蓝牙耳机', 'True Wireless Earbuds'), price: [99, 1299], brands: PHONE_BRANDS, variants: terms('白色|White; 黑色 降噪版|Black ANC Edition; 青春版|Lite Edition') },
          { ...t('快充移动电源', 'Fast-charge Power Bank'), price: [69, 299], brands: terms('小米|Xiaomi; 罗马仕|Romoss; 品胜|Pisen; 公牛|BULL'), variants: terms('10000mAh|10000 mAh; 20000mAh|20000 mAh; 22.5W 超薄款|22.5 W Slim') },
          { ...t('智能手表', 'Smart Watch'), price: [299, 2999], brands: terms('华为|Huawei; 小米|Xiaomi; 荣耀|Honor; 华米|Amazfit'), variants: terms('曜石黑 氟橡胶表带|Black, Fluoroelastomer Strap; 星光银 真皮表带|Silver, Leather Strap; 46mm 运动款|46 mm Sport') },
        ],
      },
      {
        ...t('电脑办公', 'Computers & Office'),
        code: 'PC',
        margin: [5, 16],
        types: [
          { ...t('轻薄笔记本电脑', 'Ultrabook Laptop'), price: [3299, 8999], brands: LAPTOP_BRANDS, variants: terms('i5 16GB+512GB 深空灰|i5 16GB+512GB Space Grey; i7 16GB+1TB 银色|i7 16GB+1TB Silver; R7 32GB+1TB|R7 32GB+1TB; 商务版|Business Edition') },
          { ...t('台式电脑主机', 'Desktop PC'), price: [2499, 7999], brands: LAPTOP_BRANDS, variants: terms('i5 办公版|i5 Office; i7 游戏版|i7 Gaming; 商用小机箱|Small Form Factor') },
          { ...t('27英寸显示器', '27-inch Monitor'), price: [799, 2999], brands: terms('戴尔|Dell; 飞利浦|Philips; 三星|Samsung; AOC|AOC'), variants: terms('2K IPS|QHD IPS; 4K 99% sRGB|4K 99% sRGB; 165Hz 电竞版|165 Hz Gaming') },
          { ...t('无线键鼠套装', 'Wireless Keyboard & Mouse Set'), price: [79, 399], brands: terms('罗技|Logitech; 雷柏|Rapoo; 双飞燕|A4TECH'), variants: terms('黑色|Black; 白色|White; 静音款|Silent Edition') },
          { ...t('激光打印机', 'Laser Printer'), price: [699, 2499], brands: terms('惠普|HP; 兄弟|Brother; 得力|Deli; 奔图|Pantum'), variants: terms('黑白 自动双面|Mono Auto Duplex; 打印复印扫描一体|Print/Copy/Scan; 无线WiFi版|Wireless Wi-Fi') },
        ],
      },
      {
        ...t('家用电器', 'Home Appliances'),
        code: 'HA',
        margin: [10, 25],
        types: [
          { ...t('变频空调', 'Inverter Air Conditioner'), price: [2299, 5999], brands: terms('美的|Midea; 格力|Gree; 海尔|Haier; 奥克斯|AUX'), variants: terms('1匹 一级能效 挂机|1 HP Grade-1 Wall Unit; 1.5匹 一级能效 挂机|1.5 HP Grade-1 Wall Unit; 3匹 立式柜机|3 HP Floor Unit') },
          { ...t('滚筒洗衣机', 'Front-load Washer'), price: [1599, 4999], brands: terms('海尔|Haier; 小天鹅|Little Swan; 西门子|Siemens; 美的|Midea'), variants: terms('10公斤|10 kg; 10公斤 洗烘一体|10 kg Washer-dryer; 12公斤 大容量|12 kg Large') },
          { ...t('电饭煲', 'Rice Cooker'), price: [199, 899], brands: KITCHEN_BRANDS, variants: terms('3L 小容量|3 L Compact; 4L 家用款|4 L Family Size; 5L IH电磁加热|5 L IH Heating') },
          { ...t('破壁料理机', 'High-speed Blender'), price: [299, 1299], brands: KITCHEN_BRANDS, variants: terms('1.75L|1.75 L; 静音款|Quiet Edition; 加热预约款|Heating & Timer') },
          { ...t('空气净化器', 'Air Purifier'), price: [699, 2999], brands: terms('飞利浦|Philips; 小米|Xiaomi; 352|352; 美的|Midea'), variants: terms('除甲醛版|Formaldehyde Filter; 智能WiFi版|Smart Wi-Fi; 大空间款|Large Room') },
        ],
      },
    ],
  },
  {
    ...t('服装鞋包', 'Apparel, Shoes & Bags'),
    supplierGroup: 'apparel',
    leaves: [
      {
        ...t('女装', "Women's Clothing"),
        code: 'WOM',
        margin: [30, 45],
        types: [
          { ...t('雪纺连衣裙', 'Chiffon Dress'), price: [129, 599], brands: terms('欧时力|Ochirly; 韩都衣舍|HSTYLE; 茵曼|INMAN; 拉夏贝尔|La Chapelle'), variants: terms('碎花 S码|Floral S; 米白 M码|Off-white M; 雾霾蓝 L码|Haze Blue L') },
          { ...t('羊毛针织衫', 'Wool Knit Sweater'), price: [199, 799], brands: terms('太平鸟|Peacebird; 欧时力|Ochirly; 鄂尔多斯|Erdos; 茵曼|INMAN'), variants: terms('燕麦色 均码|Oatmeal One Size; 酒红 M码|Burgundy M; 黑色 L码|Black L') },
          { ...t('修身牛仔裤', 'Slim-fit Jeans'), price: [99, 399], brands: terms('韩都衣舍|HSTYLE; 太平鸟|Peacebird; 李维斯|Levi\'s'), variants: terms('浅蓝 26码|Light Blue W26; 深蓝 27码|Dark Blue W27; 黑色 28码|Black W28; 高腰款 29码|High Rise W29') },
          { ...t('中长款羽绒服', 'Mid-length Down Coat'), price: [399, 1599], brands: terms('波司登|Bosideng; 雪中飞|Snowflying; 太平鸟|Peacebird'), variants: terms('黑色 M码|Black M; 藏青 L码|Navy L; 米白 S码|Off-white S; 2026秋冬新款|2026 Autumn/Winter') },
          { ...t('真丝衬衫', 'Silk Blouse'), price: [259, 899], brands: terms('欧时力|Ochirly; 拉夏贝尔|La Chapelle; 茵曼|INMAN'), variants: terms('香槟色 S码|Champagne S; 白色 M码|White M; 黑色 XL码|Black XL; 印花款|Printed') },
        ],
      },
      {
        ...t('男装', "Men's Clothing"),
        code: 'MEN',
        margin: [28, 45],
        types: [
          { ...t('纯棉POLO衫', 'Cotton Polo Shirt'), price: [89, 399], brands: terms('海澜之家|HLA; 七匹狼|Septwolves; 杰克琼斯|Jack & Jones'), variants: terms('深灰 175/92A|Charcoal 175/92A; 藏蓝 180/96A|Navy 180/96A; 白色 185/100A|White 185/100A; 卡其 170/88A|Khaki 170/88A') },
          { ...t('商务休闲西装', 'Smart-casual Blazer'), price: [499, 1999], brands: terms('雅戈尔|Youngor; 七匹狼|Septwolves; 海澜之家|HLA'), variants: terms('藏蓝 175/92A|Navy 175/92A; 深灰 180/96A|Charcoal 180/96A; 黑色 修身款|Black Slim Fit; 格纹 羊毛混纺|Check Wool Blend') },
          { ...t('免烫衬衫', 'Non-iron Shirt'), price: [129, 499], brands: terms('雅戈尔|Youngor; 海澜之家|HLA; 七匹狼|Septwolves'), variants: terms('白色 39码|White 39; 浅蓝 40码|Light Blue 40; 条纹 41码|Striped 41; 粉色 42码|Pink 42') },
          { ...t('连帽羽绒服', 'Hooded Down Jacket'), price: [499, 2299], brands: terms('波司登|Bosideng; 杰克琼斯|Jack & Jones; 雪中飞|Snowflying'), variants: terms('黑色 175/92A|Black 175/92A; 军绿 180/96A|Army Green 180/96A; 藏蓝 185/100A|Navy 185/100A') },
          { ...t('休闲直筒裤', 'Straight Chinos'), price: [129, 459], brands: terms('海澜之家|HLA; 杰克琼斯|Jack & Jones; 七匹狼|Septwolves'), variants: terms('卡其 30码|Khaki W30; 黑色 32码|Black W32; 灰色 34码|Grey W34; 藏蓝 弹力款 33码|Navy Stretch W33') },
        ],
      },
      {
        ...t('鞋靴箱包', 'Shoes & Bags'),
        code: 'SHB',
        margin: [25, 42],
        types: [
          { ...t('跑步鞋', 'Running Shoes'), price: [199, 899], brands: terms('李宁|Li-Ning; 安踏|Anta; 特步|Xtep; 361度|361 Degrees'), variants: terms('黑白 40码|Black/White EU40; 荧光绿 42码|Neon Green EU42; 白色 38码|White EU38; 竞速碳板 43码|Carbon-plate Racer EU43') },
          { ...t('真皮短靴', 'Leather Ankle Boots'), price: [399, 1299], brands: terms('百丽|Belle; 他她|Tata; 森达|Senda'), variants: terms('黑色 36码|Black EU36; 棕色 37码|Brown EU37; 黑色 38码 加绒|Black EU38 Fleece-lined') },
          { ...t('帆布鞋', 'Canvas Sneakers'), price: [59, 299], brands: terms('回力|Warrior; 飞跃|Feiyue; 匡威|Converse'), variants: terms('白色 37码|White EU37; 黑色 41码|Black EU41; 高帮 39码|High-top EU39; 低帮 43码|Low-top EU43') },
          { ...t('20寸拉杆箱', '20-inch Trolley Case'), price: [299, 1899], brands: terms('新秀丽|Samsonite; 美旅|American Tourister; 爱华仕|OIWAS'), variants: terms('银色 登机箱|Silver Carry-on; 黑色 万向轮|Black Spinner; 雾蓝 PC材质|Misty Blue PC Shell') },
          { ...t('双肩电脑包', 'Laptop Backpack'), price: [129, 599], brands: terms('新秀丽|Samsonite; 瑞士军刀|Swissgear; 卡帝乐鳄鱼|Cartelo'), variants: terms('15.6英寸 黑色|15.6-inch Black; 14英寸 灰色|14-inch Grey; 防泼水商务款|Water-repellent Business; 17英寸 大容量|17-inch Large') },
        ],
      },
    ],
  },
  {
    ...t('食品生鲜', 'Food & Fresh'),
    supplierGroup: 'food',
    leaves: [
      {
        ...t('休闲零食', 'Snacks'),
        code: 'SNK',
        margin: [15, 35],
        types: [
          { ...t('每日坚果', 'Daily Mixed Nuts'), price: [59, 169], brands: terms('三只松鼠|Three Squirrels; 良品铺子|Bestore; 百草味|Be&Cheery; 洽洽|ChaCheer'), variants: terms('750g 30袋礼盒|750 g Box of 30; 525g 21袋|525 g, 21 Packs; 儿童款|Kids Edition') },
          { ...t('夏威夷果', 'Macadamia Nuts'), price: [29, 89], brands: terms('三只松鼠|Three Squirrels; 良品铺子|Bestore; 百草味|Be&Cheery'), variants: terms('奶油味 500g|Cream Flavour 500 g; 原味 265g|Original 265 g; 罐装 400g|Jar 400 g') },
          { ...t('猪肉脯', 'Pork Jerky'), price: [19, 69], brands: terms('良品铺子|Bestore; 百草味|Be&Cheery; 来伊份|Laiyifen; 三只松鼠|Three Squirrels'), variants: terms('原味 200g|Original 200 g; 蜜汁 500g|Honey 500 g; 黑胡椒 100g|Black Pepper 100 g') },
          { ...t('零食大礼包', 'Snack Gift Pack'), price: [69, 269], brands: terms('三只松鼠|Three Squirrels; 良品铺子|Bestore; 旺旺|Want Want; 百草味|Be&Cheery'), variants: terms('年货礼盒|New Year Gift Box; 30包 家庭装|Family Pack of 30; 儿童节款|Children\'s Day Edition') },
          { ...t('瓜子', 'Sunflower Seeds'), price: [19, 59], brands: terms('洽洽|ChaCheer; 三只松鼠|Three Squirrels; 正林|Zhenglin'), variants: terms('五香 500g|Five-spice 500 g; 山核桃味 308g|Hickory 308 g; 焦糖 400g|Caramel 400 g; 原味 1kg|Original 1 kg') },
        ],
      },
      {
        ...t('酒水饮料', 'Drinks'),
        code: 'DRK',
        margin: [8, 30],
        types: [
          { ...t('53度酱香型白酒', '53% Sauce-aroma Baijiu'), price: [299, 2999], brands: terms('茅台|Moutai; 习酒|Xijiu; 郎酒|Langjiu; 国台|Guotai'), variants: terms('500ml 单瓶|500 ml Bottle; 500ml×2 礼盒|500 ml x 2 Gift Box; 500ml×6 整箱|500 ml x 6 Case') },
          { ...t('干红葡萄酒', 'Dry Red Wine'), price: [79, 599], brands: terms('张裕|Changyu; 长城|Great Wall; 王朝|Dynasty'), variants: terms('750ml 单瓶|750 ml Bottle; 750ml×6 整箱|750 ml x 6 Case; 解百纳 礼盒|Cabernet Gift Box') },
          { ...t('天然矿泉水', 'Natural Mineral Water'), price: [29, 79], brands: terms('农夫山泉|Nongfu Spring; 百岁山|Ganten; 恒大冰泉|Evergrande Spring'), variants: terms('550ml×24瓶|550 ml x 24; 1.5L×12瓶|1.5 L x 12; 4L×4桶|4 L x 4; 380ml×24瓶 玻璃瓶|380 ml x 24 Glass') },
          { ...t('纯生啤酒', 'Draft Beer'), price: [49, 159], brands: terms('青岛啤酒|Tsingtao; 雪花|Snow; 燕京|Yanjing; 百威|Budweiser'), variants: terms('500ml×12罐|500 ml x 12 Cans; 330ml×24罐|330 ml x 24 Cans; 1L×6瓶 原浆|1 L x 6 Unfiltered; 精酿 330ml×6瓶|Craft 330 ml x 6') },
          { ...t('纯牛奶', 'Pure Milk'), price: [39, 99], brands: terms('蒙牛|Mengniu; 伊利|Yili; 光明|Bright Dairy'), variants: terms('250ml×24盒|250 ml x 24 Cartons; 250ml×12盒 礼盒|250 ml x 12 Gift Box; 低脂 250ml×16盒|Low-fat 250 ml x 16') },
        ],
      },
      {
        ...t('粮油调味', 'Grain, Oil & Seasoning'),
        code: 'GRO',
        margin: [10, 25],
        types: [
          { ...t('东北大米', 'Northeast Rice'), price: [39, 129], brands: terms('五常|Wuchang; 福临门|Fortune; 金龙鱼|Arawana; 柴火大院|Chaihuo Dayuan'), variants: terms('稻花香 5kg|Daohuaxiang 5 kg; 长粒香 10kg|Long Grain 10 kg; 有机 2.5kg|Organic 2.5 kg; 新米 真空装 5kg|New Crop Vacuum 5 kg') },
          { ...t('压榨花生油', 'Pressed Peanut Oil'), price: [69, 199], brands: terms('鲁花|Luhua; 金龙鱼|Arawana; 福临门|Fortune'), variants: terms('5L|5 L; 1.8L|1.8 L; 4L×2 家庭装|4 L x 2 Family Pack; 900ml 小瓶装|900 ml Small Bottle') },
          { ...t('特级生抽', 'Premium Light Soy Sauce'), price: [9, 39], brands: terms('海天|Haday; 李锦记|Lee Kum Kee; 厨邦|Chubang; 千禾|Qianhe'), variants: terms('500ml|500 ml; 1.28L|1.28 L; 零添加 500ml×2|No Additives 500 ml x 2') },
          { ...t('蚝油', 'Oyster Sauce'), price: [9, 35], brands: terms('李锦记|Lee Kum Kee; 海天|Haday; 厨邦|Chubang'), variants: terms('510g|510 g; 旧庄 480g|Premium 480 g; 2.27kg 餐饮装|2.27 kg Catering') },
          { ...t('高筋小麦粉', 'Bread Flour'), price: [19, 59], brands: terms('金龙鱼|Arawana; 香雪|Xiangxue; 五得利|Wudeli'), variants: terms('2.5kg|2.5 kg; 5kg|5 kg; 面包粉 1kg|Bread Flour 1 kg') },
        ],
      },
    ],
  },
];

export const ROOT_COUNT = CATALOG_TREE.length;
export const LEAF_COUNT = CATALOG_TREE.reduce((sum, root) => sum + root.leaves.length, 0);
