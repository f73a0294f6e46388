# extra short_ambiguous forms (surnames that are words, common names or shared)
AMB = {
 "Mudar Badran": "بدران", "Fayez al-Tarawneh": "الطراونة", "Samir Rifai": "الرفاعي", "Ali al-Naimi": "النعيمي", "Hamad al-Manie": "المانع",
 "Adel Fakeih": "فقيه", "Azzam al-Dakhil": "الدخيل", "Yousef Al-Benyan": "البنيان",
 "Khalid bin Mohammad Al Attiyah": "العطية", "Salim al-Jabouri": "الجبوري", "Tariq al-Hashimi": "الهاشمي",
 "Thabet al-Abbasi": "العباسي", "Mohamed Hussein Tantawi": "طنطاوي", "Mansour el-Essawy": "العيسوي",
 "Ziad Baroud": "بارود", "Zeina Akar": "عكر", "Abdul Halim Khaddam": "خدام", "Mahmoud Zuabi": "الزعبي",
 "Ghazi Kanaan": "كنعان", "Mohammad Jihad al-Laham": "اللحام", "Hammouda Sabbagh": "صباغ",
 "Rawhi Fattouh": "فتوح", "Nasser al-Kidwa": "القدوة", "Hamed Karoui": "القروي", "Mohamed Ali Nafti": "النفطي",
 "Abdelkader Bensalah": "بن صالح", "Lakhdar Brahimi": "الإبراهيمي", "Driss Basri": "البصري",
 "Ikililou Dhoinine": "ظنين", "Umar Mustafa al-Muntasir": "المنتصر", "Abdul Majid al-Qaud": "القعود",
 "Imbarek Shamekh": "الشامخ", "Moussa Koussa": "كوسا", "Abdullah al-Thani": "الثني", "Najla Mangoush": "المنقوش",
 "Abdulmalik al-Mekhlafi": "المخلافي", "Khaled al-Yamani": "اليماني", "Mohammed al-Hadhrami": "الحضرمي",
 "Yahya al-Raee": "الراعي", "Ismail Kahraman": "قهرمان", "Hossein Dehghan": "دهقان",
 "Wakil Ahmed Muttawakil": "متوكل", "Zafarullah Khan Jamali": "جمالي", "Yousaf Raza Gillani": "جيلاني|كيلاني|غيلاني",
}
