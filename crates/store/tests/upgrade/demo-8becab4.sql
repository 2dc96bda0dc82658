INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('1', 'steward@demo.convene.test', 'Bea Novak (demo steward)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '1', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('2', 'host@demo.convene.test', 'Wen Ivanova (demo host)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('3', 'curator@demo.convene.test', 'Chloe Okafor (demo curator)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('4', 'community-builder@demo.convene.test', 'Caio Osei (demo community builder)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('5', 'network-analyst@demo.convene.test', 'Goran Nguyen (demo network analyst)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('6', 'member@demo.convene.test', 'Yusuf Reyes (demo member)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('7', 'guest@demo.convene.test', 'Bruno Schmidt (demo guest)', '$argon2id$v=19$m=19456,t=2,p=1$hxx34Y4x+WQlytRlBn9xaw$zuSEGHm6Ixw+2K1B9lq7hpdF/FQPCuyrfGf/98xTFdQ', '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('8', 'ximena.tanaka@demo.convene.test', 'Ximena Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('9', 'bruno.brennan@demo.convene.test', 'Bruno Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('10', 'jonas.costa@demo.convene.test', 'Jonas Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('11', 'bea.haddad@demo.convene.test', 'Bea Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('12', 'dmitri.lindqvist@demo.convene.test', 'Dmitri Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('13', 'hana.fischer@demo.convene.test', 'Hana Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('14', 'nadia.osei@demo.convene.test', 'Nadia Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('15', 'priya.lindqvist@demo.convene.test', 'Priya Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('16', 'sami.fischer@demo.convene.test', 'Sami Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('17', 'tomas.nguyen@demo.convene.test', 'Tomas Nguyen', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('18', 'viktor.yilmaz@demo.convene.test', 'Viktor Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('19', 'jonas.osei@demo.convene.test', 'Jonas Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('20', 'caio.novak@demo.convene.test', 'Caio Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('21', 'goran.costa@demo.convene.test', 'Goran Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('22', 'wen.park@demo.convene.test', 'Wen Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('23', 'rosa.osei@demo.convene.test', 'Rosa Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('24', 'kemal.fischer@demo.convene.test', 'Kemal Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('25', 'emeka.kowalski@demo.convene.test', 'Emeka Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('26', 'uma.nguyen@demo.convene.test', 'Uma Nguyen', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('27', 'dmitri.ivanova@demo.convene.test', 'Dmitri Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('28', 'ada.schmidt@demo.convene.test', 'Ada Schmidt', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('29', 'goran.mendes@demo.convene.test', 'Goran Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('30', 'yusuf.haddad@demo.convene.test', 'Yusuf Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('31', 'rosa.fischer@demo.convene.test', 'Rosa Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('32', 'tomas.kowalski@demo.convene.test', 'Tomas Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('33', 'amara.lindqvist@demo.convene.test', 'Amara Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('34', 'goran.novak@demo.convene.test', 'Goran Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('35', 'dmitri.yilmaz@demo.convene.test', 'Dmitri Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('36', 'priya.moreau@demo.convene.test', 'Priya Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('37', 'ines.nguyen@demo.convene.test', 'Ines Nguyen', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('38', 'bea.tanaka@demo.convene.test', 'Bea Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('39', 'amara.ivanova@demo.convene.test', 'Amara Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('40', 'amara.rossi@demo.convene.test', 'Amara Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('41', 'mateo.costa@demo.convene.test', 'Mateo Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('42', 'dara.fischer@demo.convene.test', 'Dara Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('43', 'ada.osei@demo.convene.test', 'Ada Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('44', 'uma.silva@demo.convene.test', 'Uma Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('45', 'nadia.rossi@demo.convene.test', 'Nadia Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('46', 'yusuf.silva@demo.convene.test', 'Yusuf Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('47', 'bruno.park@demo.convene.test', 'Bruno Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('48', 'lena.moreau@demo.convene.test', 'Lena Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('49', 'mateo.mendes@demo.convene.test', 'Mateo Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('50', 'lena.mendes@demo.convene.test', 'Lena Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('51', 'viktor.moreau@demo.convene.test', 'Viktor Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('52', 'yusuf.mendes@demo.convene.test', 'Yusuf Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('53', 'ada.fischer@demo.convene.test', 'Ada Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('54', 'nadia.ivanova@demo.convene.test', 'Nadia Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('55', 'oskar.ivanova@demo.convene.test', 'Oskar Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('56', 'jonas.lindqvist@demo.convene.test', 'Jonas Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('57', 'wen.schmidt@demo.convene.test', 'Wen Schmidt', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('58', 'uma.rossi@demo.convene.test', 'Uma Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('59', 'rosa.rossi@demo.convene.test', 'Rosa Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('60', 'viktor.silva@demo.convene.test', 'Viktor Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('61', 'dara.lindqvist@demo.convene.test', 'Dara Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('62', 'chloe.osei@demo.convene.test', 'Chloe Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('63', 'nadia.reyes@demo.convene.test', 'Nadia Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('64', 'ada.kowalski@demo.convene.test', 'Ada Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('65', 'bea.osei@demo.convene.test', 'Bea Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('66', 'zoe.schmidt@demo.convene.test', 'Zoe Schmidt', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('67', 'rosa.schmidt@demo.convene.test', 'Rosa Schmidt', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('68', 'oskar.silva@demo.convene.test', 'Oskar Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('69', 'dara.novak@demo.convene.test', 'Dara Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('70', 'lena.ivanova@demo.convene.test', 'Lena Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('71', 'zoe.ivanova@demo.convene.test', 'Zoe Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('72', 'dara.moreau@demo.convene.test', 'Dara Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('73', 'priya.nguyen@demo.convene.test', 'Priya Nguyen', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('74', 'ines.rossi@demo.convene.test', 'Ines Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('75', 'viktor.lindqvist@demo.convene.test', 'Viktor Lindqvist', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('76', 'sami.brennan@demo.convene.test', 'Sami Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('77', 'mateo.yilmaz@demo.convene.test', 'Mateo Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('78', 'dara.silva@demo.convene.test', 'Dara Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('79', 'oskar.costa@demo.convene.test', 'Oskar Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('80', 'oskar.rossi@demo.convene.test', 'Oskar Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('81', 'sami.haddad@demo.convene.test', 'Sami Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('82', 'bruno.ivanova@demo.convene.test', 'Bruno Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('83', 'amara.reyes@demo.convene.test', 'Amara Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('84', 'bruno.fischer@demo.convene.test', 'Bruno Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('85', 'priya.novak@demo.convene.test', 'Priya Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('86', 'oskar.haddad@demo.convene.test', 'Oskar Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('87', 'goran.reyes@demo.convene.test', 'Goran Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('88', 'bruno.reyes@demo.convene.test', 'Bruno Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('89', 'wen.okafor@demo.convene.test', 'Wen Okafor', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('90', 'yusuf.osei@demo.convene.test', 'Yusuf Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('91', 'jonas.fischer@demo.convene.test', 'Jonas Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('92', 'lena.fischer@demo.convene.test', 'Lena Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('93', 'hana.novak@demo.convene.test', 'Hana Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('94', 'viktor.tanaka@demo.convene.test', 'Viktor Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('95', 'priya.ivanova@demo.convene.test', 'Priya Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('96', 'chloe.park@demo.convene.test', 'Chloe Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('97', 'chloe.tanaka@demo.convene.test', 'Chloe Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('98', 'zoe.novak@demo.convene.test', 'Zoe Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('99', 'goran.park@demo.convene.test', 'Goran Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('100', 'caio.kowalski@demo.convene.test', 'Caio Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('101', 'mateo.tanaka@demo.convene.test', 'Mateo Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('102', 'zoe.brennan@demo.convene.test', 'Zoe Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('103', 'wen.nguyen@demo.convene.test', 'Wen Nguyen', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('104', 'bea.moreau@demo.convene.test', 'Bea Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('105', 'ximena.rossi@demo.convene.test', 'Ximena Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('106', 'viktor.ivanova@demo.convene.test', 'Viktor Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('107', 'chloe.silva@demo.convene.test', 'Chloe Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('108', 'priya.silva@demo.convene.test', 'Priya Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('109', 'oskar.yilmaz@demo.convene.test', 'Oskar Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('110', 'hana.silva@demo.convene.test', 'Hana Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('111', 'quinn.osei@demo.convene.test', 'Quinn Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('112', 'oskar.park@demo.convene.test', 'Oskar Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('113', 'amara.yilmaz@demo.convene.test', 'Amara Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('114', 'yusuf.rossi@demo.convene.test', 'Yusuf Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('115', 'zoe.fischer@demo.convene.test', 'Zoe Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('116', 'ines.costa@demo.convene.test', 'Ines Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('117', 'mateo.novak@demo.convene.test', 'Mateo Novak', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('118', 'oskar.kowalski@demo.convene.test', 'Oskar Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('119', 'chloe.brennan@demo.convene.test', 'Chloe Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('120', 'viktor.reyes@demo.convene.test', 'Viktor Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('121', 'bruno.moreau@demo.convene.test', 'Bruno Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('122', 'zoe.osei@demo.convene.test', 'Zoe Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('123', 'lena.yilmaz@demo.convene.test', 'Lena Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('124', 'dara.reyes@demo.convene.test', 'Dara Reyes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('125', 'fatima.brennan@demo.convene.test', 'Fatima Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('126', 'caio.silva@demo.convene.test', 'Caio Silva', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('127', 'priya.yilmaz@demo.convene.test', 'Priya Yilmaz', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('128', 'kemal.tanaka@demo.convene.test', 'Kemal Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('129', 'rosa.ivanova@demo.convene.test', 'Rosa Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('130', 'goran.ivanova@demo.convene.test', 'Goran Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('131', 'hana.mendes@demo.convene.test', 'Hana Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('132', 'dmitri.moreau@demo.convene.test', 'Dmitri Moreau', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('133', 'wen.costa@demo.convene.test', 'Wen Costa', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('134', 'wen.haddad@demo.convene.test', 'Wen Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('135', 'sami.kowalski@demo.convene.test', 'Sami Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('136', 'tomas.haddad@demo.convene.test', 'Tomas Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('137', 'dmitri.schmidt@demo.convene.test', 'Dmitri Schmidt', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('138', 'amara.kowalski@demo.convene.test', 'Amara Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('139', 'fatima.tanaka@demo.convene.test', 'Fatima Tanaka', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('140', 'kemal.park@demo.convene.test', 'Kemal Park', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('141', 'lena.osei@demo.convene.test', 'Lena Osei', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('142', 'emeka.haddad@demo.convene.test', 'Emeka Haddad', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('143', 'dmitri.rossi@demo.convene.test', 'Dmitri Rossi', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('144', 'uma.mendes@demo.convene.test', 'Uma Mendes', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('145', 'viktor.brennan@demo.convene.test', 'Viktor Brennan', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('146', 'quinn.fischer@demo.convene.test', 'Quinn Fischer', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('147', 'fatima.ivanova@demo.convene.test', 'Fatima Ivanova', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('148', 'bruno.kowalski@demo.convene.test', 'Bruno Kowalski', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('149', 'fatima.okafor@demo.convene.test', 'Fatima Okafor', NULL, '0', '1767609467');
INSERT INTO "accounts" ("id", "email", "display_name", "password_hash", "is_operator", "created_at") VALUES ('150', 'rosa.yilmaz@demo.convene.test', 'Rosa Yilmaz', NULL, '0', '1767609467');
INSERT INTO "communities" ("id", "slug", "name", "purpose", "open", "created_at") VALUES ('1', 'riverbend', 'Riverbend Commons', 'Riverbend Cooperative and its partners use this space to work together on a healthier, fairer river valley: open gatherings, shared harvests and actions that people volunteer for.', '0', '1767609467');
INSERT INTO "organizations" ("id", "community_id", "name", "is_home") VALUES ('1', '1', 'Riverbend Cooperative', '1');
INSERT INTO "organizations" ("id", "community_id", "name", "is_home") VALUES ('2', '1', 'Northwind Health', '0');
INSERT INTO "organizations" ("id", "community_id", "name", "is_home") VALUES ('3', '1', 'Open Commons Lab', '0');
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('1', '1', '3869f60c1fa650d8eca0293598fba97f3629812182fb704cb6c90cc1e8532b8a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1768862267', NULL, '4', '1767566267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('2', '1', '6e04baca0271ca9fd23041c5340e9d9e202c5807dfbe52f7cdf5e571094739a0', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1768905467', NULL, '2', '1767609467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('3', '1', '1a971b68eb422cf0432f47fd00df117431e8d9da55a2760986c98abcd12fccdf', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1768948667', NULL, '1', '1767652667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('4', '1', '74b4ad62900ba4257bc929c374f20422a8248a284e6ad053c5b82b5b3966470d', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1768991867', NULL, '4', '1767695867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('5', '1', 'f72be943d68e82f92177da5b6611e8433b85f16c907e619c7aa3e11235723cdf', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769035067', NULL, '2', '1767739067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('6', '1', '144f9d6a67cd92d3a4279dfde2d28ae9045ded71070207ba33e331309ebc1d3d', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1769078267', NULL, '1', '1767782267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('7', '1', '20efa514c16b42dde0886ca3bfc7f58f3d8faaec32f441c9a28b67b100c17e23', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1769121467', NULL, '4', '1767825467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('8', '1', 'a7ade486e8c985be117c6a1b804cc9525da68e3c76c9faee8d47ca1363542153', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1769164667', NULL, '2', '1767868667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('9', '1', '6963e6678def01df3f80966ac3d2c674e4fe6777a9561761335ece57b37dcb05', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769207867', NULL, '1', '1767911867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('10', '1', 'a55799247c15b0de28db845bff848d665a8fadc3c792f69703387e12e2dacbb3', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769251067', NULL, '4', '1767955067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('11', '1', '54048e83e2e6d8f02e086afcc9c37415a14c59b6aa2e6dee8aa62ec6513f74f1', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769294267', NULL, '2', '1767998267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('12', '1', 'e04004df347c4f0f0dc397d7d21c86fb2bc1e7ca1b4d4c8e26f41b41c750c089', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769337467', NULL, '1', '1768041467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('13', '1', '977fcf59a97ca03ffd1432b6ae4a72f66aaa0d35dea57d8b3c7acc1c640524de', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769380667', NULL, '4', '1768084667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('14', '1', '87eca0548ced53271fab476babbae4496744185f7e8e7c10bd8c7fe81b3c6fcd', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769423867', NULL, '2', '1768127867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('15', '1', '48d9231cbe8112e38758b00f21c6ed8d6669b7fccfd8ef77652f6aa778a203fe', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769467067', NULL, '1', '1768171067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('16', '1', 'c5f58dd29adc77fad44a47536c282ffdc830c14a30b5f6399eeec52cbe31ebbe', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1769510267', NULL, '4', '1768214267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('17', '1', 'f9089759741d6071642a49a4f875839b13fb0c7e2d6499d86f1b21cf1ee9b607', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769553467', NULL, '2', '1768257467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('18', '1', '7e68280e2321ed131facdc3ca26fe2c90e864ad7961294efaed65e053eda60f7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1769596667', NULL, '1', '1768300667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('19', '1', '7701fb37971f8bdee608f2cd74cfc56c2b7b86c26eb069f38b96584df9191d29', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769639867', NULL, '4', '1768343867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('20', '1', '75cf6b0e1cc8cb8f2a45969c6bb183ee8101a95df529b1c3aaf17c5759c95761', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1769683067', NULL, '1', '1768387067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('21', '1', 'b3ec412028287714ce8aabe639206a4871d06f545bf4b4a873f192010a6578c1', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1769726267', NULL, '4', '1768430267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('22', '1', '35077a11a679504e2a6f2b4d267da8482c4ef68d5531b9c6408335872bfe6723', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769769467', NULL, '9', '1768473467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('23', '1', 'cbb871311ea49e0bcf6fbd4322e38d2c022183829bea0814afe9bad10a57d743', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1769812667', NULL, '2', '1768516667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('24', '1', 'b85f89a7e560a17dc2ba31bba0dbc3032268eb2383d919c4be3be4520fe86c1e', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769855867', NULL, '9', '1768559867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('25', '1', 'dc0d142bad89e97b1bec901cd0f3c8676048cf14b7b33015c86acedb00b56114', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769899067', NULL, '4', '1768603067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('26', '1', '16c2f304c8bccb65b01ed5bdabd62b45efc242d82840bc9f02da389f2fd1bc72', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1769942267', NULL, '1', '1768646267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('27', '1', '3a73d74ff75b8ca7f204938a51a31217ff103e798ab349adfd679dd97d28cf20', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1769985467', NULL, '4', '1768689467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('28', '1', '40bb4fdd57dce3ea89c31b77de732c2b870f4a4fde787b647e61083e60882af7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770028667', NULL, '24', '1768732667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('29', '1', '5a35b10976be618dfacbf1ef04d8338ee7a935e00d3020bf6ca0ef60db51eb27', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770071867', NULL, '1', '1768775867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('30', '1', 'cfa4e2f1b678f4ef3bae13e40a1ea4a2c6625d431da1f9734611c6ac42d5705f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770115067', NULL, '1', '1768819067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('31', '1', '0ed250747fd29d5de13a7b19db9401812cbf64ec440582e742820b6f5d3ebdb5', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1770158267', NULL, '5', '1768862267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('32', '1', 'f6e333fd9ee47ae3ce561ee56eb0b5345c71e328b036aed4d79f0db19e90e84d', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770201467', NULL, '26', '1768905467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('33', '1', '00a22fbbda7acdb6bb8903a1d5f598dbcc767159486f4412fa5c8a2f0356d902', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770244667', NULL, '2', '1768948667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('34', '1', '1531018c36a3234fa3276fee3fd4ef5346ddff8de87c2d9c9a2e6cfe22e716c9', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770287867', NULL, '24', '1768991867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('35', '1', '74b6d511d6652046ae31aeeade8f9e36ac3b6f573db369398fa43598237501b1', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770331067', NULL, '9', '1769035067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('36', '1', 'abdf0b91f41364cd9e391de93ecb82ceccb41829b297953889f39f165207fe34', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770374267', NULL, '1', '1769078267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('37', '1', 'd837fa103c67288a289dcd1d92fe01ed87aa2425b4b87f5fc9dbad7dea818dab', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770417467', NULL, '12', '1769121467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('38', '1', '76d1b6cf8972045a7b1127bb6410af17f7d702cafc4ab99002fc9de0558e43fa', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1770460667', NULL, '5', '1769164667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('39', '1', '4c1aa16a29ebb3669c7ee318236274cb06b2aa322e40cbadf6cb75933bcac148', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1770503867', NULL, '32', '1769207867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('40', '1', '7d0421279e1b0a14ea2d556170e6a74d93aad95b252ee6bccb52fff247148c01', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770547067', NULL, '24', '1769251067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('41', '1', 'bb3be71c2de5d44f55320e312df084e481ef90666d18545f46ffb83c0e29b5b7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770590267', NULL, '4', '1769294267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('42', '1', '8a7013f9a100892c6e2b2be5efee1ff991d0a09cefec10c3c18554a8110699ff', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1770633467', NULL, '12', '1769337467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('43', '1', '320ab97d970a679c95ded8b02eb7b4462bc22a9b937a65f3279a28a705af0fdf', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770676667', NULL, '37', '1769380667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('44', '1', 'a8f4c9c41dbd7d0a6b77d2a677d14e886696a5efb0504515c903eb66079f31e5', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770719867', NULL, '37', '1769423867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('45', '1', 'ba586a02ba2083f10272d4cd86aeb26addccba7051e90c9d6a26f34a644ac5dc', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1770763067', NULL, '4', '1769467067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('46', '1', '227d3f6c7c60de7ea8d83c04b831809758d6739a6253fbd65d1c5acad78403c4', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1770806267', NULL, '37', '1769510267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('47', '1', '2d49cf71fca5db45c9de5cf7cc98d163d5f29d22105d1ead30eb0cc6f192a9e4', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1770849467', NULL, '44', '1769553467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('48', '1', '05709af2e20b0677faa75355908aa4aec05380246ff7bb2f9cca0088b29aee29', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770892667', NULL, '26', '1769596667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('49', '1', 'b8f80bca6be839ba03f50fcb4965cfa98fa25f0c6c04922397a74a1eeebe0623', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1770935867', NULL, '9', '1769639867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('50', '1', '9793b13dd3624339d8f5c8733f51817772ddf6014e0d5315b8f88fc842ee9bc3', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1770979067', NULL, '2', '1769683067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('51', '1', '8a1d8c150732e24881dbc1b021faa1ee26e94d7a80fe7303eee7637589176041', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771022267', NULL, '44', '1769726267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('52', '1', '16c3d79d7f81347a3e6410f7277ca22fcc3dd1031a04165058f0dd494a02d558', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771065467', NULL, '44', '1769769467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('53', '1', '20428a38b4901b11cbcd69543a386e184bfba6470feac3e0d667cf9829859a09', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771108667', NULL, '4', '1769812667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('54', '1', 'ac8b909311e3184016bbdc50246552377d02c5baf386fcd3754a1d3f5310ca74', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1771151867', NULL, '47', '1769855867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('55', '1', '0b839637f5133d55e563152fdcbd4fe21ff8c2c36197eead3d9ac8ceff34731a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771195067', NULL, '5', '1769899067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('56', '1', '027c8852c825dbaa8f10f7a263baa43f559cb981a6e7bc0d6731babb1cb8f059', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771238267', NULL, '4', '1769942267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('57', '1', '94178a788c6d92cc6fbb00796f1797d9258a8ebf5cf2a87ff730e3b08baf609f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1771281467', NULL, '9', '1769985467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('58', '1', '2d1b762f351202268c082490567c33a5eb5504bc642704bd01cff697c2bda1b7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771324667', NULL, '32', '1770028667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('59', '1', '18be99e2e4b85caa089a8bd290f5607429d75c4fed8dd7511f66a7391d61e110', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1771367867', NULL, '59', '1770071867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('60', '1', 'c9b0a9481160f061f531d8df4f1f4d8db6942e7b65c7b886348e874f611ca67f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1771411067', NULL, '4', '1770115067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('61', '1', 'c928330a3fb87056cb206090aef4ce6970579a828e9cbd975fa1c6f647eaf080', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771454267', NULL, '5', '1770158267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('62', '1', 'e7b1cc649a736ed6a433d4f239322824d29ce2965ccede122dab59ad96c2e58f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1771497467', NULL, '61', '1770201467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('63', '1', '8a4edbf93433168dd710740f820b0588fe8cdf6cd86e92af2863a03a343e972b', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771540667', NULL, '59', '1770244667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('64', '1', 'cd94dc8bf85994a9334dc4a4af6c034fdd99325ac657834ce811e7f0ae426a4a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1771583867', NULL, '9', '1770287867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('65', '1', '1ac6347c2a565050914d5b7c33b3d05dbbbb47ab48e90c2434f0043fcc0d4107', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771627067', NULL, '55', '1770331067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('66', '1', 'a8b4e0803c3936cb22634a3ab7c3c744e13b98b5bf7317a7e22a8ed481749ede', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771670267', NULL, '9', '1770374267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('67', '1', '77e6593049273d0a11ac746a307cff2279bbe5f58a17373bd0bc75e5e8ae3df3', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771713467', NULL, '26', '1770417467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('68', '1', '028f033968593585fa0e6c9d6ee3c4cedaa33c711304cea29d235f3717d1a83a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771756667', NULL, '9', '1770460667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('69', '1', '42bb9595fac63dec914524f5f685b28e120a3a855ca667a558eb1b2c50fa428a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771799867', NULL, '2', '1770503867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('70', '1', '0128a4a75f2567cd85565452a1f71eca3bcac12a0723fd47db115ae24baf03bd', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771843067', NULL, '1', '1770547067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('71', '1', 'eca2bd3454c7fe69eb7840df4403f4695c196070fdb4d735faa622beb924916e', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1771886267', NULL, '47', '1770590267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('72', '1', 'ba7be7d1724bb225e2c46ab61c3a8aec91ef7575738af0a861a9ed58a536c46c', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1771929467', NULL, '12', '1770633467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('73', '1', '66d15271a8779694976a49d4230d4a72c49aaf36a03879bb31862984ec23c0c6', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1771972667', NULL, '47', '1770676667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('74', '1', 'f42c38e0ec411826cdc47afb12c5d0458dbd6b60607ba038797322262c08eeb0', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772015867', NULL, '37', '1770719867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('75', '1', '577a2debfedf39be8b0e47997481e68fbbfee72d040c844f23e1b52d3f05403c', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1772059067', NULL, '1', '1770763067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('76', '1', 'bc78629cbd3c635266eadca70078e2caca94c38199f50f1b3c9620fd7afe730e', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1772102267', NULL, '2', '1770806267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('77', '1', 'ec360db1330c8dd13e5516b8c4c0a36e66add293f73e5e25ae3c1985ce421aea', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772145467', NULL, '64', '1770849467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('78', '1', 'f3b42c3ed9a6cff81334956b42a1dac994dd5336f008ad75aaded41d703493a8', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1772188667', NULL, '76', '1770892667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('79', '1', 'dca6edb1e8adce29b81ce07705d7081923684ac720ad5de781bd98e7cce0d38a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772231867', NULL, '24', '1770935867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('80', '1', '1150bb260420bc2bed9a4f4adacd15ed1296f05adda1853604183f6473fe9211', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772275067', NULL, '9', '1770979067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('81', '1', '2efffb2176e484f6c04470179605ef09a4c7f389a6cbef6d825947f4c0c2d367', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1772318267', NULL, '9', '1771022267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('82', '1', 'ce598da7ad9753a576a553aa9bfece8e11345f04d7d82123e940aa7167bc17f8', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1772361467', NULL, '4', '1771065467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('83', '1', '24708159c3fb0a3f1f06b5b7bfc3ae6beeb5d957c2dda08564f30e024ec96c21', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772404667', NULL, '12', '1771108667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('84', '1', '86da526aa0a7f6c88616a86a4183cf73dde5574e64c2e418b866e76bc1008b45', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772447867', NULL, '1', '1771151867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('85', '1', '429faa59e7afb575268fb85762cc2b5b2789d50e6a672a97cecff57143da2a20', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772491067', NULL, '37', '1771195067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('86', '1', 'de68708727913b9a30418b7abb54f4675d13879d6853800160b78e9155fb7830', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772534267', NULL, '64', '1771238267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('87', '1', '52f0100004b01860a4ee7d1fba07bb83922f914c9cff8c3d1da719fef473cb27', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772577467', NULL, '76', '1771281467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('88', '1', '4d32595826f4e4834ecf17a0d1252585109f2a6ea350d447a5531a5982a51650', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1772620667', NULL, '64', '1771324667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('89', '1', '2b299572af3de0e829d58f8ec923c898fb54b3b5335cb66d7dc16a201a0939ce', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772663867', NULL, '47', '1771367867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('90', '1', 'a0fc6eafda38f45fdf0f0c1d5662dc57063d6974d9a57c7abfb0d001cd40a3ce', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772707067', NULL, '12', '1771411067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('91', '1', '871d15c08edc1b0cff9f1e1bf40e126fdb1a40663dbc2c9a41bb3227514241e8', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772750267', NULL, '32', '1771454267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('92', '1', '38b9d913ff9622f93e9f4fb444d2a09cf68b35117e1d204233fce180ad4427cf', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772793467', NULL, '37', '1771497467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('93', '1', '0f1d7d5c02137a7b74bdf689183fa1f8cd5f1b91111fd867c6ff329f0f5ba506', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1772836667', NULL, '37', '1771540667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('94', '1', '3468a491a8a544b95302b7fb3bb12bc2ed292e8a8d23fee0f0f7792dc5ad81a2', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1772879867', NULL, '9', '1771583867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('95', '1', '3755658a124e9427c53297fb9b09fe08a3b5221b442d81c50b540963d975d706', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772923067', NULL, '64', '1771627067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('96', '1', '5681829e3d09827e3ae5cfe7ddf70794a86f042a50080e77686c0c09cf5c1293', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1772966267', NULL, '2', '1771670267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('97', '1', '5024b6368559227e28adf8de7327a5428c86e19be123326fcaaf46bf4aa31fb5', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1773009467', NULL, '26', '1771713467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('98', '1', '448e43cb39ca1cd3737c85b4ca98a79c4c86ddaa13816be14233bde7184c28ae', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1773052667', NULL, '1', '1771756667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('99', '1', '5024f9f62f0fe4d6f8b679674500d0e07c19b0711ad8a91f169a059077209be2', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1773095867', NULL, '76', '1771799867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('100', '1', '2d134ec8db367c17714c4ed90458ce6080fc5b632f1bd452b2255fb1846bfebb', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1773139067', NULL, '64', '1771843067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('101', '1', 'ed13da887b13976d8e1e825eb21a9c35626321d2407b877dc820f486d886afaf', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1773182267', NULL, '47', '1771886267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('102', '1', 'a4c327bd661b36fb1c8ded10fd2a95d7b6e263b4019d47cefb4ea901d986b799', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773225467', NULL, '37', '1771929467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('103', '1', '51e728fc9ddd6d655d440f985a91ead7d8bcee38cd83d8cc283afd316be0cf61', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1773268667', NULL, '61', '1771972667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('104', '1', '7e82db12cc60c31c51609d959a61acac04b04b33cf745797ad9faa0f4cc82704', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1773311867', NULL, '26', '1772015867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('105', '1', 'dbd622c3bed097a3161f3b9f02899eaa81070c9a6d051c2bc9d5753857d49664', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773355067', NULL, '37', '1772059067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('106', '1', 'ecc0f0ccc7536683872f33b0b60f8c447cbd068464f0c14619960ac74920c83b', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773398267', NULL, '12', '1772102267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('107', '1', '3b63d484f2e298fd98429ebc477c346dc0f445c95fcbaf87ce56c4cf0f6802ea', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773441467', NULL, '4', '1772145467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('108', '1', '488e89f99db0364bcad8a6a21431d8857a9947632f6b89915a41ac21f9db845f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773484667', NULL, '1', '1772188667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('109', '1', '650aad0a9d853801ab44baa518c6a05b0665201494243ec60f7c8058d0da030d', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773527867', NULL, '61', '1772231867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('110', '1', '7c64bfc92f420f23c1b3a2c5a8625d91d9ea372ba3e2664aa2faa180332a60cd', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1773571067', NULL, '55', '1772275067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('111', '1', 'ac1f3cc7353ea38a1136af9249ad63ff183af3e1d86aa516910d464194b19724', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773614267', NULL, '103', '1772318267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('112', '1', '50bba44b12ef56718ce7dbf082553d02e444ac499372fb1d39de81edb142ce2d', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1773657467', NULL, '37', '1772361467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('113', '1', '2c84f54851f659fce119aa1a0abc6bf27c514b825b3dea57684af1a2024fe807', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773700667', NULL, '59', '1772404667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('114', '1', '1274a49c79b5cc103ac1d2d36b240a94bc135870a06765deb64230ed4808a2c9', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1773743867', NULL, '108', '1772447867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('115', '1', '139471b7897af810c0ec0e5c9437ad0f1158ca020748f1155a3ddda01ede2f2f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1773787067', NULL, '113', '1772491067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('116', '1', '1c90e89096efc67de7a3c52ea2967decf373008f885d1d48b095c471b9e299e7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773830267', NULL, '108', '1772534267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('117', '1', '169c7f559079db8702767ea5f1b59175198cea80ca5b988935c7c07bc23faa55', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773873467', NULL, '114', '1772577467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('118', '1', 'dbf6233fc46f64693af4bc2a2d26ce0646066e282460915f8074a0678a536a90', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773916667', NULL, '64', '1772620667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('119', '1', '3cace78e5a331a469685e3b371f242807a36ebe3c6c8735e2873950b58504bc2', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1773959867', NULL, '4', '1772663867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('120', '1', 'ea0b486a23336653b7bc4d53cbd71a069c7ad1848c742d5bc5997987a6f46bbd', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1774003067', NULL, '9', '1772707067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('121', '1', '5637ff6804f14be564ec214679ff94f286b7baf4d467cab0ed4eaa3a23a8a6f2', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774046267', NULL, '97', '1772750267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('122', '1', '52af322c9f3ed2d0bfeb755aaf1213154360c4c7ba1db2b3000459ac8432b440', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1774089467', NULL, '61', '1772793467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('123', '1', 'c17c04757b33d52126680dfd6a930539aab3b6c8e2fd871b86d9879520576f9b', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774132667', NULL, '12', '1772836667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('124', '1', 'cc3121ef023be52e27d64634041b0a7be3508c6eb831bde9a848dcaa7a47ec41', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1774175867', NULL, '12', '1772879867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('125', '1', '6abf1c4584a8d9ee9676bd4f1723bc24d6dfbd9bc98ffae3a197ff7c4b204db4', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774219067', NULL, '26', '1772923067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('126', '1', 'e8ab3e6c4747428e7a5ed7b0a3cdba6afcc1d013b49aafb30b9404d54af2e683', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774262267', NULL, '103', '1772966267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('127', '1', '8f2792a18d87463bac171de17c9129074d7919bd217959e36c76aa74640c15db', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774305467', NULL, '24', '1773009467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('128', '1', 'c6993961046a95cd5521f3e8010cba6b564f597bd771e66c16d99c3e05c2fcb5', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774348667', NULL, '4', '1773052667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('129', '1', '90d95dd9c8e0e242a5197d57ce674d2af499bc778a9112f57b1c8b9a861b05f7', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1774391867', NULL, '2', '1773095867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('130', '1', '511c067788f5342139f3a31fa4ed196b7b386e501a4d62ac83650e8376b62d2e', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774435067', NULL, '2', '1773139067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('131', '1', '7f9b2f6ec9fac5e19be09efe9ca83f9c11b558431bf9c5d0e4762421a8f25f5a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774478267', NULL, '76', '1773182267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('132', '1', 'e36e1abec0b000ba3171fd8a8f7cbfdfc1baba7b78c33dbdf8dcd95068cb6d07', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774521467', NULL, '61', '1773225467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('133', '1', '5dec53bcf46bc6682f541c92dcc0bd78ae373025e113372bd14493b814fe5343', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1774564667', NULL, '103', '1773268667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('134', '1', '4d1787494e9240119cd1db125192a2ed38c5c82de2cce6ae5fd08a84dcb77cd8', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774607867', NULL, '4', '1773311867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('135', '1', 'f36f41d067925ce02e6eef2d8479da4ea10ab4c823acccc00c6c493d9f990102', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774651067', NULL, '64', '1773355067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('136', '1', 'e6ec57c2e99ccd40ce9d652e50235903aa444219621208180400098a72408dca', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '1', '1', '1', '0', '1774694267', NULL, '55', '1773398267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('137', '1', '41eac84c1ceeb0af4c1ee7b4bfab5ec444897bab02b101c3ff5391b1f14dacb9', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1774737467', NULL, '5', '1773441467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('138', '1', 'bb96e31310de5b0e8594ce2637979bf0aa2a12830889ed1b7e3bbdecdc974128', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774780667', NULL, '12', '1773484667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('139', '1', '479191a35397e6d618a0e5b58afc9c54ffed4a6bb4a811e26c5de0fcffe35fb1', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774823867', NULL, '114', '1773527867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('140', '1', '78df3079f265a9c47ea4f2d2c4a6d0d1de8cf79cab7e00a4e6a43bc05216488f', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774867067', NULL, '61', '1773571067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('141', '1', '2633bf3ba62f9ea6c46ecaf1a4b780ee8745c6d32a32a6bc76af184cdccad532', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774910267', NULL, '2', '1773614267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('142', '1', 'ab9949e54b09c79ea5a24119b68d285e93bae30a6252d4c2024f2fc5070e5c02', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774953467', NULL, '26', '1773657467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('143', '1', '1f157baa52679c6d464178edce4bd6b725a7c0f619cdded48eeccc9bb1aea787', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1774996667', NULL, '108', '1773700667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('144', '1', '11de9b868fa5d05f9c188d99104f980dea3189f2f67f29effb0c88533c3f970a', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '0', '1', '1', '0', '1775039867', NULL, '2', '1773743867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('145', '1', '9f13c36bb8c79c48bad54cef7d002b9bdd1651b68f78b97a837e33b1c03d2df0', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1775083067', NULL, '136', '1773787067', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('146', '1', '1ac33fae22022f08e58bb5930fa4dcc8af36dda580afe66bda6f0e86aa1bf2b2', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '3', '0', '1', '1', '0', '1775126267', NULL, '136', '1773830267', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('147', '1', '284777eac9564f05addc099a716ce5f9c3012ab09da9985023fc4197d042917c', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1775169467', NULL, '12', '1773873467', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('148', '1', 'f411fb029813c53acf5c9edff9e9c1550963bd9fc03f75a16a43dd21dbbe4658', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '1', '0', '1', '1', '0', '1775212667', NULL, '37', '1773916667', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('149', '1', '2da9c9df96270f434e574c34a35b930557de28ffb803f65aac06fc466de56f26', 'personal', NULL, 'How might the valley''s organizations care for the river together?', '2', '1', '1', '1', '0', '1775255867', NULL, '4', '1773959867', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('150', '1', '7bc9f9308b971fbe33732871d20c0c019fda978410b75e2160cc62cdd60f1844', 'personal', 'lea.berg@partner.example', 'Will you bring your clinic''s view to our next Open Space?', '2', '1', '1', '0', '0', '1796985468', NULL, '4', '1796035068', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('151', '1', '9610ed744e4f21c9bf61b00cf61808552edc35204138b0418d54d7b9d79efa7c', 'personal', 'omar.said@partner.example', 'Could your lab help us map who already works on water quality?', '3', '0', '1', '0', '0', '1796985468', NULL, '4', '1795948668', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('152', '1', '69d9413aa40b5898eeac76c62f6fde24b6faf5c76861784f19a4ee61cee7a43d', 'personal', 'june.ito@partner.example', 'Will you bring your clinic''s view to our next Open Space?', '2', '0', '1', '0', '0', '1796985468', NULL, '4', '1795862268', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('153', '1', 'edaa034488e520c7debadaf670f5e78c657a91f3ec4def84cee80861a5a67209', 'personal', 'rafael.cruz@partner.example', 'Could your lab help us map who already works on water quality?', '3', '1', '1', '0', '0', '1796985468', NULL, '4', '1795775868', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('154', '1', '87039ca81a5df6c8b25d387d68385bf62b342ce7cb33822a1dd03d875556d112', 'personal', 'mina.kaya@partner.example', 'Will you bring your clinic''s view to our next Open Space?', '2', '0', '1', '0', '0', '1796985468', NULL, '4', '1795689468', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('155', '1', '26220f4da3bf57ee1497dc2a4480054b61d68918e1c993e7b9af14426c78c674', 'personal', 'tess.ward@partner.example', 'Could your lab help us map who already works on water quality?', '3', '0', '1', '0', '1', '1796985468', NULL, '4', '1795603068', NULL);
INSERT INTO "invitations" ("id", "community_id", "token_hash", "kind", "email", "calling_question", "organization_id", "guest", "max_uses", "uses", "declines", "expires_at", "revoked_at", "created_by", "created_at", "gathering_id") VALUES ('156', '1', 'b90932824bfb2fecfae65eb4194920fc1c1fa1f80bea0e462878cda0ec3f93cc', 'link', NULL, 'Join the river valley gathering in spring: what do you want to work on?', '1', '0', '40', '0', '3', '1798713468', NULL, '1', '1795862268', NULL);
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('1', '1', '1', '1', 'steward,member', NULL, NULL, '1767609467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('2', '1', '2', '1', 'host,member', '4', '1', '1767652667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('3', '1', '3', '1', 'curator,member', '2', '2', '1767695867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('4', '1', '4', '1', 'community_builder,member', '1', '3', '1767739067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('5', '1', '5', '1', 'network_analyst,member', '4', '4', '1767782267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('6', '1', '6', '1', 'member', '2', '5', '1767825467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('7', '1', '7', '2', 'guest', '1', '6', '1767868667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('8', '1', '8', '2', 'guest', '4', '7', '1767911867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('9', '1', '9', '3', 'guest', '2', '8', '1767955067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('10', '1', '10', '1', 'member', '1', '9', '1767998267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('11', '1', '11', '1', 'member', '4', '10', '1768041467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('12', '1', '12', '1', 'member', '2', '11', '1768084667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('13', '1', '13', '1', 'member', '1', '12', '1768127867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('14', '1', '14', '1', 'member', '4', '13', '1768171067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('15', '1', '15', '1', 'member', '2', '14', '1768214267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('16', '1', '16', '1', 'member', '1', '15', '1768257467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('17', '1', '17', '2', 'guest', '4', '16', '1768300667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('18', '1', '18', '1', 'member', '2', '17', '1768343867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('19', '1', '19', '2', 'guest', '1', '18', '1768387067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('20', '1', '20', '1', 'member', '4', '19', '1768430267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('21', '1', '21', '2', 'network_analyst,member', '1', '20', '1768473467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('22', '1', '22', '2', 'guest', '4', '21', '1768516667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('23', '1', '23', '1', 'member', '9', '22', '1768559867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('24', '1', '24', '3', 'member', '2', '23', '1768603067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('25', '1', '25', '1', 'member', '9', '24', '1768646267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('26', '1', '26', '1', 'member', '4', '25', '1768689467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('27', '1', '27', '1', 'member', '1', '26', '1768732667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('28', '1', '28', '2', 'member', '4', '27', '1768775867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('29', '1', '29', '1', 'member', '24', '28', '1768819067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('30', '1', '30', '1', 'member', '1', '29', '1768862267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('31', '1', '31', '1', 'member', '1', '30', '1768905467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('32', '1', '32', '2', 'member', '5', '31', '1768948667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('33', '1', '33', '1', 'member', '26', '32', '1768991867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('34', '1', '34', '1', 'member', '2', '33', '1769035067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('35', '1', '35', '1', 'member', '24', '34', '1769078267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('36', '1', '36', '1', 'member', '9', '35', '1769121467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('37', '1', '37', '1', 'member', '1', '36', '1769164667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('38', '1', '38', '1', 'member', '12', '37', '1769207867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('39', '1', '39', '3', 'member', '5', '38', '1769251067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('40', '1', '40', '2', 'member', '32', '39', '1769294267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('41', '1', '41', '1', 'member', '24', '40', '1769337467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('42', '1', '42', '1', 'curator,member', '4', '41', '1769380667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('43', '1', '43', '3', 'member', '12', '42', '1769423867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('44', '1', '44', '1', 'host,member', '37', '43', '1769467067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('45', '1', '45', '1', 'member', '37', '44', '1769510267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('46', '1', '46', '3', 'member', '4', '45', '1769553467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('47', '1', '47', '2', 'guest', '37', '46', '1769596667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('48', '1', '48', '3', 'guest', '44', '47', '1769639867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('49', '1', '49', '1', 'member', '26', '48', '1769683067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('50', '1', '50', '2', 'member', '9', '49', '1769726267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('51', '1', '51', '1', 'member', '2', '50', '1769769467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('52', '1', '52', '1', 'member', '44', '51', '1769812667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('53', '1', '53', '1', 'member', '44', '52', '1769855867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('54', '1', '54', '1', 'curator,member', '4', '53', '1769899067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('55', '1', '55', '3', 'guest', '47', '54', '1769942267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('56', '1', '56', '1', 'member', '5', '55', '1769985467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('57', '1', '57', '1', 'member', '4', '56', '1770028667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('58', '1', '58', '3', 'guest', '9', '57', '1770071867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('59', '1', '59', '1', 'member', '32', '58', '1770115067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('60', '1', '60', '2', 'member', '59', '59', '1770158267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('61', '1', '61', '3', 'guest', '4', '60', '1770201467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('62', '1', '62', '1', 'member', '5', '61', '1770244667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('63', '1', '63', '3', 'guest', '61', '62', '1770287867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('64', '1', '64', '1', 'member', '59', '63', '1770331067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('65', '1', '65', '2', 'guest', '9', '64', '1770374267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('66', '1', '66', '1', 'member', '55', '65', '1770417467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('67', '1', '67', '1', 'member', '9', '66', '1770460667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('68', '1', '68', '1', 'member', '26', '67', '1770503867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('69', '1', '69', '1', 'member', '9', '68', '1770547067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('70', '1', '70', '1', 'member', '2', '69', '1770590267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('71', '1', '71', '1', 'member', '1', '70', '1770633467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('72', '1', '72', '3', 'guest', '47', '71', '1770676667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('73', '1', '73', '2', 'member', '12', '72', '1770719867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('74', '1', '74', '1', 'curator,member', '47', '73', '1770763067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('75', '1', '75', '1', 'member', '37', '74', '1770806267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('76', '1', '76', '2', 'guest', '1', '75', '1770849467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('77', '1', '77', '3', 'guest', '2', '76', '1770892667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('78', '1', '78', '2', 'member', '64', '77', '1770935867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('79', '1', '79', '3', 'guest', '76', '78', '1770979067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('80', '1', '80', '1', 'member', '24', '79', '1771022267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('81', '1', '81', '1', 'member', '9', '80', '1771065467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('82', '1', '82', '2', 'guest', '9', '81', '1771108667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('83', '1', '83', '3', 'guest', '4', '82', '1771151867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('84', '1', '84', '2', 'member', '12', '83', '1771195067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('85', '1', '85', '1', 'member', '1', '84', '1771238267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('86', '1', '86', '1', 'member', '37', '85', '1771281467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('87', '1', '87', '2', 'host,member', '64', '86', '1771324667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('88', '1', '88', '2', 'member', '76', '87', '1771367867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('89', '1', '89', '2', 'guest', '64', '88', '1771411067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('90', '1', '90', '1', 'member', '47', '89', '1771454267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('91', '1', '91', '1', 'member', '12', '90', '1771497467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('92', '1', '92', '2', 'member', '32', '91', '1771540667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('93', '1', '93', '1', 'member', '37', '92', '1771583867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('94', '1', '94', '3', 'guest', '37', '93', '1771627067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('95', '1', '95', '2', 'member', '9', '94', '1771670267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('96', '1', '96', '1', 'member', '64', '95', '1771713467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('97', '1', '97', '1', 'member', '2', '96', '1771756667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('98', '1', '98', '2', 'guest', '26', '97', '1771799867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('99', '1', '99', '2', 'member', '1', '98', '1771843067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('100', '1', '100', '3', 'member', '76', '99', '1771886267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('101', '1', '101', '3', 'guest', '64', '100', '1771929467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('102', '1', '102', '2', 'member', '47', '101', '1771972667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('103', '1', '103', '1', 'member', '37', '102', '1772015867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('104', '1', '104', '3', 'member', '61', '103', '1772059067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('105', '1', '105', '2', 'guest', '26', '104', '1772102267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('106', '1', '106', '1', 'member', '37', '105', '1772145467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('107', '1', '107', '1', 'member', '12', '106', '1772188667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('108', '1', '108', '1', 'member', '4', '107', '1772231867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('109', '1', '109', '1', 'member', '1', '108', '1772275067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('110', '1', '110', '1', 'member', '61', '109', '1772318267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('111', '1', '111', '3', 'member', '55', '110', '1772361467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('112', '1', '112', '1', 'member', '103', '111', '1772404667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('113', '1', '113', '2', 'guest', '37', '112', '1772447867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('114', '1', '114', '1', 'member', '59', '113', '1772491067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('115', '1', '115', '2', 'member', '108', '114', '1772534267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('116', '1', '116', '2', 'member', '113', '115', '1772577467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('117', '1', '117', '1', 'member', '108', '116', '1772620667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('118', '1', '118', '1', 'member', '114', '117', '1772663867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('119', '1', '119', '1', 'member', '64', '118', '1772707067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('120', '1', '120', '1', 'member', '4', '119', '1772750267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('121', '1', '121', '3', 'guest', '9', '120', '1772793467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('122', '1', '122', '1', 'member', '97', '121', '1772836667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('123', '1', '123', '3', 'member', '61', '122', '1772879867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('124', '1', '124', '1', 'member', '12', '123', '1772923067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('125', '1', '125', '2', 'member', '12', '124', '1772966267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('126', '1', '126', '1', 'member', '26', '125', '1773009467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('127', '1', '127', '1', 'member', '103', '126', '1773052667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('128', '1', '128', '1', 'member', '24', '127', '1773095867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('129', '1', '129', '1', 'member', '4', '128', '1773139067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('130', '1', '130', '2', 'member', '2', '129', '1773182267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('131', '1', '131', '1', 'member', '2', '130', '1773225467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('132', '1', '132', '1', 'member', '76', '131', '1773268667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('133', '1', '133', '1', 'member', '61', '132', '1773311867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('134', '1', '134', '3', 'member', '103', '133', '1773355067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('135', '1', '135', '1', 'member', '4', '134', '1773398267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('136', '1', '136', '1', 'member', '64', '135', '1773441467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('137', '1', '137', '3', 'guest', '55', '136', '1773484667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('138', '1', '138', '3', 'member', '5', '137', '1773527867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('139', '1', '139', '1', 'member', '12', '138', '1773571067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('140', '1', '140', '1', 'member', '114', '139', '1773614267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('141', '1', '141', '1', 'member', '61', '140', '1773657467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('142', '1', '142', '1', 'member', '2', '141', '1773700667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('143', '1', '143', '1', 'member', '26', '142', '1773743867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('144', '1', '144', '1', 'member', '108', '143', '1773787067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('145', '1', '145', '2', 'member', '2', '144', '1773830267');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('146', '1', '146', '3', 'member', '136', '145', '1773873467');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('147', '1', '147', '3', 'member', '136', '146', '1773916667');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('148', '1', '148', '1', 'member', '12', '147', '1773959867');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('149', '1', '149', '1', 'member', '37', '148', '1774003067');
INSERT INTO "memberships" ("id", "community_id", "account_id", "organization_id", "roles", "invited_by", "invitation_id", "joined_at") VALUES ('150', '1', '150', '2', 'guest', '4', '149', '1774046267');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('1', '1', '1', 'community.create', 'community riverbend', 'created the community', '1767609467', '0000000000000000000000000000000000000000000000000000000000000000', 'a0056bd8574f9d4bdadebfeabeebd40f823b9c120eb233417a9a4792495ced22');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('2', '1', '1', 'role.change', 'member #21: member → network_analyst,member', 'volunteered as network analyst at the monthly circle', '1768559867', 'a0056bd8574f9d4bdadebfeabeebd40f823b9c120eb233417a9a4792495ced22', '82e844ae3e30cd6ca9e2ab0f859345a84b231a9e527af6e362c946f3a7eca79d');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('3', '1', '1', 'role.change', 'member #42: member → curator,member', 'volunteered as curator at the monthly circle', '1769467067', '82e844ae3e30cd6ca9e2ab0f859345a84b231a9e527af6e362c946f3a7eca79d', '9b5dd657bec94652493abc83d83a90ed9f1137fa8488768f8cf59fbeb65e2357');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('4', '1', '1', 'role.change', 'member #44: member → host,member', 'volunteered as host at the monthly circle', '1769553467', '9b5dd657bec94652493abc83d83a90ed9f1137fa8488768f8cf59fbeb65e2357', 'f62d243303452e2eb1a0fe13b78c2c307a9282d34b15faf334dfcfc91d9837f9');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('5', '1', '1', 'role.change', 'member #54: member → curator,member', 'volunteered as curator at the monthly circle', '1769985467', 'f62d243303452e2eb1a0fe13b78c2c307a9282d34b15faf334dfcfc91d9837f9', 'aacee2c32cfa9b789379ad4f7cc1543a58b3bf1975ee0c8b52cd5490df7c9586');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('6', '1', '1', 'role.change', 'member #74: member → curator,member', 'volunteered as curator at the monthly circle', '1770849467', 'aacee2c32cfa9b789379ad4f7cc1543a58b3bf1975ee0c8b52cd5490df7c9586', '9f7edea7aecb6b93fb7081e42c672441066093d213bdd6226f6171947beaafa4');
INSERT INTO "audit_log" ("id", "community_id", "actor_id", "action", "target", "reason", "at", "prev_hash", "hash") VALUES ('7', '1', '1', 'role.change', 'member #87: member → host,member', 'volunteered as host at the monthly circle', '1771411067', '9f7edea7aecb6b93fb7081e42c672441066093d213bdd6226f6171947beaafa4', '39e0a3ce92e029845d61e2f9585a1d2838d20151936558b526729fd7e5774520');
INSERT INTO "audit_head" ("id", "last_id", "last_hash") VALUES ('1', '7', '39e0a3ce92e029845d61e2f9585a1d2838d20151936558b526729fd7e5774520');
INSERT INTO "gatherings" ("id", "community_id", "title", "calling_question", "invitation", "venue", "time_zone", "phase", "license", "dots", "version", "created_by", "created_at") VALUES ('1', '1', 'First Open Space: what does the valley need?', 'What does the valley need, and what are you willing to do about it?', 'An autumn afternoon at the cooperative: bring what worries you about the valley and what you would like to start.', 'Riverbend Cooperative, Mill Lane 4', 'Europe/Berlin', 'closed', 'CC-BY-SA-4.0', '3', '0', '2', '1772793468');
INSERT INTO "gatherings" ("id", "community_id", "title", "calling_question", "invitation", "venue", "time_zone", "phase", "license", "dots", "version", "created_by", "created_at") VALUES ('2', '1', 'Winter Open Space: warm rooms, cold water', 'How do we get the valley through the cold months, together?', 'Members and partners: an afternoon by the stove to share what the winter asks of us. Whoever comes are the right people.', 'Riverbend Cooperative, Mill Lane 4', 'Europe/Berlin', 'closed', 'CC-BY-SA-4.0', '3', '0', '2', '1783161468');
INSERT INTO "gatherings" ("id", "community_id", "title", "calling_question", "invitation", "venue", "time_zone", "phase", "license", "dots", "version", "created_by", "created_at") VALUES ('3', '1', 'Spring Open Space: the river we share', 'What will we do, together, for the river we all depend on?', 'Everyone who cares about the valley is invited: members, partners, neighbours. Bring a question you care about; whoever comes are the right people.', 'Riverbend Cooperative, Mill Lane 4', 'Europe/Berlin', 'closed', 'CC-BY-SA-4.0', '3', '0', '2', '1790937468');
INSERT INTO "gatherings" ("id", "community_id", "title", "calling_question", "invitation", "venue", "time_zone", "phase", "license", "dots", "version", "created_by", "created_at") VALUES ('4', '1', 'Autumn Open Space: from harvest to action', 'Which of our spring actions need more hands, and what is new?', 'A half day to look at what came of the spring, and to start what is next.', 'Riverbend Cooperative, Mill Lane 4', 'Europe/Berlin', 'marketplace', 'CC-BY-SA-4.0', '3', '0', '2', '1790937468');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('1', '1', 'Big Hall', '40', 'projector, accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('2', '1', 'Garden', '25', 'accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('3', '1', 'Library', '12', '');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('4', '2', 'Big Hall', '40', 'projector, accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('5', '2', 'Library', '12', '');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('6', '2', 'Workshop', '15', 'accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('7', '3', 'Big Hall', '40', 'projector, accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('8', '3', 'Garden', '25', 'accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('9', '3', 'Library', '12', '');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('10', '3', 'Boathouse', '15', '');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('11', '4', 'Big Hall', '40', 'projector, accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('12', '4', 'Garden', '25', 'accessible');
INSERT INTO "spaces" ("id", "gathering_id", "name", "capacity", "features") VALUES ('13', '4', 'Library', '12', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('1', '1', '1775386800', '1775388600', 'plenary', 'Opening circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('2', '1', '1775389500', '1775394000', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('3', '1', '1775394900', '1775399400', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('4', '1', '1775400300', '1775402100', 'plenary', 'Closing circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('5', '2', '1785756600', '1785758400', 'plenary', 'Opening circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('6', '2', '1785759300', '1785763800', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('7', '2', '1785764700', '1785769200', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('8', '2', '1785769200', '1785771000', 'plenary', 'Closing circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('9', '3', '1793520000', '1793522700', 'plenary', 'Opening circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('10', '3', '1793523600', '1793528100', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('11', '3', '1793529000', '1793533500', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('12', '3', '1793533500', '1793537100', 'break', 'Lunch');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('13', '3', '1793537100', '1793541600', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('14', '3', '1793542500', '1793545200', 'plenary', 'Closing circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('15', '4', '1797339600', '1797341400', 'plenary', 'Opening circle');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('16', '4', '1797342300', '1797345900', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('17', '4', '1797346800', '1797350400', 'sessions', '');
INSERT INTO "slots" ("id", "gathering_id", "starts_at", "ends_at", "kind", "label") VALUES ('18', '4', '1797351300', '1797353100', 'plenary', 'Closing');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('1', '1', '1', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('2', '1', '2', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('3', '1', '3', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('4', '1', '4', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('5', '1', '5', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('6', '1', '6', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('7', '1', '7', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('8', '1', '8', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('9', '1', '9', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('10', '1', '10', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('11', '1', '11', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('12', '1', '12', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('13', '1', '13', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('14', '1', '14', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('15', '1', '15', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('16', '1', '16', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('17', '1', '17', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('18', '1', '18', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('19', '1', '19', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('20', '1', '20', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('21', '1', '21', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('22', '1', '22', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('23', '1', '23', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('24', '1', '24', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('25', '1', '25', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('26', '1', '26', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('27', '1', '27', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('28', '1', '28', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('29', '1', '29', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('30', '1', '30', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('31', '1', '31', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('32', '1', '32', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('33', '1', '33', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('34', '1', '34', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('35', '1', '35', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('36', '1', '36', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('37', '1', '37', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('38', '1', '38', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('39', '1', '39', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('40', '1', '40', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('41', '1', '41', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('42', '1', '42', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('43', '1', '43', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('44', '1', '44', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('45', '1', '45', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('46', '1', '46', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('47', '1', '47', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('48', '1', '48', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('49', '1', '49', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('50', '1', '50', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('51', '1', '51', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('52', '1', '52', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('53', '1', '53', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('54', '1', '54', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('55', '1', '55', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('56', '1', '56', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('57', '1', '57', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('58', '1', '58', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('59', '1', '59', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('60', '1', '60', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('61', '1', '61', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('62', '1', '62', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('63', '1', '63', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('64', '1', '64', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('65', '1', '65', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('66', '1', '66', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('67', '1', '67', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('68', '1', '68', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('69', '1', '69', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('70', '1', '70', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('71', '1', '71', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('72', '1', '72', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('73', '1', '73', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('74', '1', '74', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('75', '1', '75', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('76', '1', '76', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('77', '1', '77', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('78', '1', '78', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('79', '1', '79', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('80', '1', '80', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('81', '1', '81', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('82', '1', '82', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('83', '1', '83', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('84', '1', '84', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('85', '1', '85', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('86', '1', '86', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('87', '1', '87', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('88', '1', '88', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('89', '1', '89', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('90', '1', '90', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('91', '1', '91', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('92', '1', '92', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('93', '1', '93', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('94', '1', '94', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('95', '1', '95', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('96', '1', '96', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('97', '1', '97', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('98', '1', '98', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('99', '1', '99', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('100', '1', '100', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('101', '1', '101', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('102', '1', '102', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('103', '1', '103', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('104', '1', '104', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('105', '1', '105', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('106', '1', '106', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('107', '1', '107', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('108', '1', '108', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('109', '1', '109', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('110', '1', '110', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('111', '1', '111', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('112', '1', '112', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('113', '1', '113', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('114', '1', '114', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('115', '1', '115', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('116', '1', '116', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('117', '1', '117', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('118', '1', '118', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('119', '1', '119', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('120', '1', '120', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('121', '1', '121', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('122', '1', '122', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('123', '1', '123', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('124', '1', '124', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('125', '1', '125', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('126', '1', '126', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('127', '1', '127', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('128', '1', '128', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('129', '1', '129', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('130', '1', '130', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('131', '1', '131', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('132', '1', '132', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('133', '1', '133', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('134', '1', '134', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('135', '1', '135', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('136', '1', '136', 'maybe', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('137', '1', '137', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('138', '1', '138', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('139', '1', '139', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('140', '1', '140', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('141', '1', '141', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('142', '1', '142', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('143', '1', '143', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('144', '1', '144', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('145', '1', '145', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('146', '1', '146', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('147', '1', '147', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('148', '1', '148', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('149', '1', '149', 'yes', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('150', '1', '150', 'no', '1774521468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('151', '2', '1', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('152', '2', '2', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('153', '2', '3', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('154', '2', '4', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('155', '2', '5', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('156', '2', '6', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('157', '2', '7', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('158', '2', '8', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('159', '2', '9', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('160', '2', '10', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('161', '2', '11', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('162', '2', '12', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('163', '2', '13', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('164', '2', '14', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('165', '2', '15', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('166', '2', '16', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('167', '2', '17', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('168', '2', '18', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('169', '2', '19', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('170', '2', '20', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('171', '2', '21', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('172', '2', '22', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('173', '2', '23', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('174', '2', '24', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('175', '2', '25', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('176', '2', '26', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('177', '2', '27', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('178', '2', '28', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('179', '2', '29', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('180', '2', '30', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('181', '2', '31', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('182', '2', '32', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('183', '2', '33', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('184', '2', '34', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('185', '2', '35', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('186', '2', '36', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('187', '2', '37', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('188', '2', '38', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('189', '2', '39', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('190', '2', '40', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('191', '2', '41', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('192', '2', '42', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('193', '2', '43', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('194', '2', '44', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('195', '2', '45', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('196', '2', '46', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('197', '2', '47', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('198', '2', '48', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('199', '2', '49', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('200', '2', '50', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('201', '2', '51', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('202', '2', '52', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('203', '2', '53', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('204', '2', '54', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('205', '2', '55', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('206', '2', '56', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('207', '2', '57', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('208', '2', '58', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('209', '2', '59', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('210', '2', '60', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('211', '2', '61', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('212', '2', '62', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('213', '2', '63', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('214', '2', '64', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('215', '2', '65', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('216', '2', '66', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('217', '2', '67', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('218', '2', '68', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('219', '2', '69', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('220', '2', '70', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('221', '2', '71', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('222', '2', '72', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('223', '2', '73', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('224', '2', '74', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('225', '2', '75', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('226', '2', '76', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('227', '2', '77', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('228', '2', '78', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('229', '2', '79', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('230', '2', '80', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('231', '2', '81', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('232', '2', '82', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('233', '2', '83', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('234', '2', '84', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('235', '2', '85', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('236', '2', '86', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('237', '2', '87', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('238', '2', '88', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('239', '2', '89', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('240', '2', '90', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('241', '2', '91', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('242', '2', '92', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('243', '2', '93', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('244', '2', '94', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('245', '2', '95', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('246', '2', '96', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('247', '2', '97', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('248', '2', '98', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('249', '2', '99', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('250', '2', '100', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('251', '2', '101', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('252', '2', '102', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('253', '2', '103', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('254', '2', '104', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('255', '2', '105', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('256', '2', '106', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('257', '2', '107', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('258', '2', '108', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('259', '2', '109', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('260', '2', '110', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('261', '2', '111', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('262', '2', '112', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('263', '2', '113', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('264', '2', '114', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('265', '2', '115', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('266', '2', '116', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('267', '2', '117', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('268', '2', '118', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('269', '2', '119', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('270', '2', '120', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('271', '2', '121', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('272', '2', '122', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('273', '2', '123', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('274', '2', '124', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('275', '2', '125', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('276', '2', '126', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('277', '2', '127', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('278', '2', '128', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('279', '2', '129', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('280', '2', '130', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('281', '2', '131', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('282', '2', '132', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('283', '2', '133', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('284', '2', '134', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('285', '2', '135', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('286', '2', '136', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('287', '2', '137', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('288', '2', '138', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('289', '2', '139', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('290', '2', '140', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('291', '2', '141', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('292', '2', '142', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('293', '2', '143', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('294', '2', '144', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('295', '2', '145', 'maybe', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('296', '2', '146', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('297', '2', '147', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('298', '2', '148', 'yes', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('299', '2', '149', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('300', '2', '150', 'no', '1784889468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('301', '3', '1', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('302', '3', '2', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('303', '3', '3', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('304', '3', '4', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('305', '3', '5', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('306', '3', '6', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('307', '3', '7', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('308', '3', '8', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('309', '3', '9', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('310', '3', '10', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('311', '3', '11', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('312', '3', '12', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('313', '3', '13', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('314', '3', '14', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('315', '3', '15', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('316', '3', '16', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('317', '3', '17', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('318', '3', '18', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('319', '3', '19', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('320', '3', '20', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('321', '3', '21', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('322', '3', '22', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('323', '3', '23', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('324', '3', '24', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('325', '3', '25', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('326', '3', '26', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('327', '3', '27', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('328', '3', '28', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('329', '3', '29', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('330', '3', '30', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('331', '3', '31', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('332', '3', '32', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('333', '3', '33', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('334', '3', '34', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('335', '3', '35', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('336', '3', '36', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('337', '3', '37', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('338', '3', '38', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('339', '3', '39', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('340', '3', '40', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('341', '3', '41', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('342', '3', '42', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('343', '3', '43', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('344', '3', '44', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('345', '3', '45', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('346', '3', '46', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('347', '3', '47', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('348', '3', '48', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('349', '3', '49', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('350', '3', '50', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('351', '3', '51', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('352', '3', '52', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('353', '3', '53', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('354', '3', '54', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('355', '3', '55', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('356', '3', '56', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('357', '3', '57', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('358', '3', '58', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('359', '3', '59', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('360', '3', '60', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('361', '3', '61', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('362', '3', '62', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('363', '3', '63', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('364', '3', '64', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('365', '3', '65', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('366', '3', '66', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('367', '3', '67', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('368', '3', '68', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('369', '3', '69', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('370', '3', '70', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('371', '3', '71', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('372', '3', '72', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('373', '3', '73', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('374', '3', '74', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('375', '3', '75', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('376', '3', '76', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('377', '3', '77', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('378', '3', '78', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('379', '3', '79', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('380', '3', '80', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('381', '3', '81', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('382', '3', '82', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('383', '3', '83', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('384', '3', '84', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('385', '3', '85', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('386', '3', '86', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('387', '3', '87', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('388', '3', '88', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('389', '3', '89', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('390', '3', '90', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('391', '3', '91', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('392', '3', '92', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('393', '3', '93', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('394', '3', '94', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('395', '3', '95', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('396', '3', '96', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('397', '3', '97', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('398', '3', '98', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('399', '3', '99', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('400', '3', '100', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('401', '3', '101', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('402', '3', '102', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('403', '3', '103', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('404', '3', '104', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('405', '3', '105', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('406', '3', '106', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('407', '3', '107', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('408', '3', '108', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('409', '3', '109', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('410', '3', '110', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('411', '3', '111', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('412', '3', '112', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('413', '3', '113', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('414', '3', '114', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('415', '3', '115', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('416', '3', '116', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('417', '3', '117', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('418', '3', '118', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('419', '3', '119', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('420', '3', '120', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('421', '3', '121', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('422', '3', '122', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('423', '3', '123', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('424', '3', '124', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('425', '3', '125', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('426', '3', '126', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('427', '3', '127', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('428', '3', '128', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('429', '3', '129', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('430', '3', '130', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('431', '3', '131', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('432', '3', '132', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('433', '3', '133', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('434', '3', '134', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('435', '3', '135', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('436', '3', '136', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('437', '3', '137', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('438', '3', '138', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('439', '3', '139', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('440', '3', '140', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('441', '3', '141', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('442', '3', '142', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('443', '3', '143', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('444', '3', '144', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('445', '3', '145', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('446', '3', '146', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('447', '3', '147', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('448', '3', '148', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('449', '3', '149', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('450', '3', '150', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('451', '4', '1', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('452', '4', '2', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('453', '4', '3', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('454', '4', '4', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('455', '4', '5', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('456', '4', '6', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('457', '4', '7', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('458', '4', '8', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('459', '4', '9', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('460', '4', '10', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('461', '4', '11', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('462', '4', '12', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('463', '4', '13', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('464', '4', '14', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('465', '4', '15', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('466', '4', '16', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('467', '4', '17', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('468', '4', '18', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('469', '4', '19', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('470', '4', '20', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('471', '4', '21', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('472', '4', '22', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('473', '4', '23', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('474', '4', '24', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('475', '4', '25', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('476', '4', '26', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('477', '4', '27', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('478', '4', '28', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('479', '4', '29', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('480', '4', '30', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('481', '4', '31', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('482', '4', '32', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('483', '4', '33', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('484', '4', '34', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('485', '4', '35', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('486', '4', '36', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('487', '4', '37', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('488', '4', '38', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('489', '4', '39', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('490', '4', '40', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('491', '4', '41', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('492', '4', '42', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('493', '4', '43', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('494', '4', '44', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('495', '4', '45', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('496', '4', '46', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('497', '4', '47', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('498', '4', '48', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('499', '4', '49', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('500', '4', '50', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('501', '4', '51', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('502', '4', '52', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('503', '4', '53', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('504', '4', '54', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('505', '4', '55', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('506', '4', '56', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('507', '4', '57', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('508', '4', '58', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('509', '4', '59', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('510', '4', '60', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('511', '4', '61', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('512', '4', '62', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('513', '4', '63', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('514', '4', '64', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('515', '4', '65', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('516', '4', '66', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('517', '4', '67', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('518', '4', '68', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('519', '4', '69', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('520', '4', '70', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('521', '4', '71', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('522', '4', '72', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('523', '4', '73', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('524', '4', '74', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('525', '4', '75', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('526', '4', '76', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('527', '4', '77', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('528', '4', '78', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('529', '4', '79', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('530', '4', '80', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('531', '4', '81', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('532', '4', '82', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('533', '4', '83', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('534', '4', '84', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('535', '4', '85', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('536', '4', '86', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('537', '4', '87', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('538', '4', '88', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('539', '4', '89', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('540', '4', '90', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('541', '4', '91', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('542', '4', '92', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('543', '4', '93', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('544', '4', '94', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('545', '4', '95', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('546', '4', '96', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('547', '4', '97', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('548', '4', '98', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('549', '4', '99', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('550', '4', '100', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('551', '4', '101', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('552', '4', '102', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('553', '4', '103', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('554', '4', '104', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('555', '4', '105', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('556', '4', '106', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('557', '4', '107', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('558', '4', '108', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('559', '4', '109', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('560', '4', '110', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('561', '4', '111', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('562', '4', '112', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('563', '4', '113', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('564', '4', '114', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('565', '4', '115', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('566', '4', '116', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('567', '4', '117', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('568', '4', '118', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('569', '4', '119', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('570', '4', '120', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('571', '4', '121', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('572', '4', '122', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('573', '4', '123', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('574', '4', '124', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('575', '4', '125', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('576', '4', '126', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('577', '4', '127', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('578', '4', '128', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('579', '4', '129', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('580', '4', '130', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('581', '4', '131', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('582', '4', '132', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('583', '4', '133', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('584', '4', '134', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('585', '4', '135', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('586', '4', '136', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('587', '4', '137', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('588', '4', '138', 'no', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('589', '4', '139', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('590', '4', '140', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('591', '4', '141', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('592', '4', '142', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('593', '4', '143', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('594', '4', '144', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('595', '4', '145', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('596', '4', '146', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('597', '4', '147', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('598', '4', '148', 'yes', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('599', '4', '149', 'maybe', '1792665468');
INSERT INTO "rsvps" ("id", "gathering_id", "account_id", "answer", "at") VALUES ('600', '4', '150', 'yes', '1792665468');
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('1', '1', '2', 'Flood warnings that reach everyone', 'Sirens, phone trees and the neighbours without a phone.', 'projector', '3', '2', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('2', '1', '2', 'What is the cooperative for?', 'What members expect, and what we could do with our partners.', '', '2', '3', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('3', '1', '1', 'A clean-up day on the river', 'Bags, boats and a date before the first frost.', '', '1', '3', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('4', '1', '1', 'A seed library', 'Keeping the valley''s old varieties alive.', 'projector', '2', '2', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('5', '1', '4', 'Who uses the mill meadow?', 'Grazing, football and the flood basin on one piece of land.', '', '3', '3', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('6', '1', '96', 'Newcomers to the valley', 'How people who just moved here find their way in.', '', '1', '2', '1774953468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('7', '2', '2', 'Warm rooms for cold weeks', 'Which halls stay open and heated, and who hosts them.', 'projector', '4', '7', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('8', '2', '2', 'Ice, thaw and the weir', 'What the thaw does to the banks, and who keeps an eye on the weir.', '', '6', '6', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('9', '2', '6', 'Stories of the river', 'Elders'' memories of floods and fish, recorded for everyone.', '', '5', '7', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('10', '2', '64', 'Winter vegetables under shared glass', 'Greenhouses on the cooperative''s land, and who waters them.', 'projector', '5', '6', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('11', '2', '76', 'Nurses on the winter roads', 'Northwind''s rounds when the valley road is closed.', '', '4', '6', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('12', '2', '55', 'A map of who already does what', 'The lab''s idea: one open map of the valley''s projects and people.', '', '6', '7', '1785321468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('13', '3', '6', 'Rewilding the riverbanks', 'Willows, beavers and who looks after the banks.', 'projector', '10', '11', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('14', '3', '7', 'Clinic outreach along the valley', 'Getting Northwind''s nurses to the villages upstream.', '', '9', '11', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('15', '3', '2', 'A repair café for the cooperative', 'Fix instead of buy: tools, skills, a room.', '', '9', '10', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('16', '3', '8', 'Open data on water quality', 'Sensors, a public dashboard, and who owns the numbers.', 'projector', '8', '11', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('17', '3', '9', 'Youth on the boards', 'How young members get a real seat, not a token one.', '', '8', '10', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('18', '3', '11', 'Cooling the town in heat waves', 'Shade, water points and checking on neighbours.', '', '10', '10', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('19', '3', '13', 'A shared volunteer calendar', 'One place to see who needs a hand and when.', 'projector', '7', '10', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('20', '3', '14', 'Food from the floodplain', 'Market gardens on land that floods every few years.', '', '8', '13', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('21', '3', '15', 'Listening to the fishers', 'What the people who live from the river know.', '', '7', '13', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('22', '3', '18', 'Money for the commons', 'Small grants, pooled funds and being accountable for them.', 'projector', '7', '11', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('23', '4', '6', 'Rewilding the riverbanks', 'Willows, beavers and who looks after the banks.', 'projector', '12', '17', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('24', '4', '7', 'Clinic outreach along the valley', 'Getting Northwind''s nurses to the villages upstream.', '', '13', '17', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('25', '4', '2', 'A repair café for the cooperative', 'Fix instead of buy: tools, skills, a room.', '', '11', '16', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('26', '4', '9', 'Open data on water quality', 'Sensors, a public dashboard, and who owns the numbers.', 'projector', '12', '16', '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('27', '4', '10', 'Youth on the boards', 'How young members get a real seat, not a token one.', '', NULL, NULL, '1793097468', NULL, NULL);
INSERT INTO "sessions" ("id", "gathering_id", "convener_id", "title", "description", "needs", "space_id", "slot_id", "created_at", "merge_into", "merged_into") VALUES ('28', '4', '11', 'Cooling the town in heat waves', 'Shade, water points and checking on neighbours.', '', NULL, NULL, '1793097468', NULL, NULL);
INSERT INTO "co_conveners" ("id", "session_id", "account_id") VALUES ('1', '7', '130');
INSERT INTO "co_conveners" ("id", "session_id", "account_id") VALUES ('2', '10', '111');
INSERT INTO "co_conveners" ("id", "session_id", "account_id") VALUES ('3', '13', '83');
INSERT INTO "co_conveners" ("id", "session_id", "account_id") VALUES ('4', '16', '25');
INSERT INTO "co_conveners" ("id", "session_id", "account_id") VALUES ('5', '19', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('1', '1', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('2', '4', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('3', '6', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('4', '3', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('5', '4', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('6', '5', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('7', '1', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('8', '5', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('9', '6', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('10', '1', '4');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('11', '4', '4');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('12', '2', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('13', '4', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('14', '5', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('15', '4', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('16', '5', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('17', '6', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('18', '1', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('19', '4', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('20', '2', '21');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('21', '5', '21');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('22', '1', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('23', '4', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('24', '5', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('25', '3', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('26', '5', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('27', '6', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('28', '1', '24');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('29', '3', '24');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('30', '6', '24');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('31', '4', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('32', '5', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('33', '5', '28');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('34', '1', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('35', '2', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('36', '4', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('37', '5', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('38', '6', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('39', '1', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('40', '3', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('41', '1', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('42', '2', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('43', '6', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('44', '2', '39');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('45', '6', '39');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('46', '2', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('47', '3', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('48', '6', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('49', '1', '45');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('50', '3', '45');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('51', '5', '45');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('52', '6', '45');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('53', '5', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('54', '2', '52');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('55', '6', '52');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('56', '6', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('57', '4', '54');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('58', '1', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('59', '2', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('60', '4', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('61', '1', '59');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('62', '5', '59');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('63', '3', '66');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('64', '6', '66');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('65', '4', '67');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('66', '2', '69');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('67', '6', '69');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('68', '1', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('69', '2', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('70', '3', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('71', '4', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('72', '5', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('73', '6', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('74', '4', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('75', '5', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('76', '1', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('77', '2', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('78', '3', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('79', '6', '77');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('80', '1', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('81', '4', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('82', '5', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('83', '6', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('84', '1', '85');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('85', '2', '85');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('86', '5', '85');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('87', '6', '85');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('88', '1', '90');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('89', '3', '90');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('90', '4', '90');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('91', '5', '90');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('92', '1', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('93', '3', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('94', '4', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('95', '5', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('96', '2', '93');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('97', '6', '93');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('98', '1', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('99', '2', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('100', '3', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('101', '5', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('102', '3', '104');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('103', '5', '104');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('104', '2', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('105', '3', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('106', '4', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('107', '6', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('108', '1', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('109', '5', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('110', '6', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('111', '3', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('112', '1', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('113', '3', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('114', '4', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('115', '6', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('116', '1', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('117', '3', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('118', '4', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('119', '5', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('120', '6', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('121', '1', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('122', '2', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('123', '3', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('124', '6', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('125', '1', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('126', '4', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('127', '2', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('128', '5', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('129', '6', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('130', '4', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('131', '5', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('132', '6', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('133', '5', '145');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('134', '6', '145');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('135', '1', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('136', '2', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('137', '9', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('138', '11', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('139', '7', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('140', '9', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('141', '7', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('142', '10', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('143', '8', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('144', '10', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('145', '10', '10');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('146', '10', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('147', '8', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('148', '10', '21');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('149', '7', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('150', '11', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('151', '12', '22');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('152', '9', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('153', '11', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('154', '12', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('155', '9', '24');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('156', '11', '24');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('157', '7', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('158', '9', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('159', '10', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('160', '12', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('161', '7', '26');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('162', '9', '26');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('163', '7', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('164', '8', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('165', '9', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('166', '10', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('167', '11', '32');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('168', '8', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('169', '10', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('170', '11', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('171', '7', '39');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('172', '8', '39');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('173', '9', '39');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('174', '8', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('175', '9', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('176', '9', '51');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('177', '10', '51');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('178', '8', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('179', '9', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('180', '10', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('181', '7', '55');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('182', '12', '55');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('183', '7', '64');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('184', '10', '64');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('185', '7', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('186', '8', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('187', '7', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('188', '9', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('189', '10', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('190', '11', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('191', '8', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('192', '11', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('193', '11', '78');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('194', '8', '82');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('195', '8', '88');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('196', '12', '88');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('197', '8', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('198', '9', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('199', '7', '93');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('200', '7', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('201', '8', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('202', '9', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('203', '9', '98');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('204', '10', '98');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('205', '9', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('206', '12', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('207', '10', '102');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('208', '9', '105');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('209', '7', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('210', '10', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('211', '10', '111');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('212', '11', '112');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('213', '10', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('214', '9', '115');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('215', '11', '115');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('216', '7', '116');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('217', '9', '120');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('218', '7', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('219', '9', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('220', '10', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('221', '7', '130');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('222', '10', '130');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('223', '7', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('224', '8', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('225', '10', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('226', '7', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('227', '8', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('228', '9', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('229', '7', '136');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('230', '8', '136');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('231', '9', '136');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('232', '8', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('233', '10', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('234', '11', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('235', '7', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('236', '7', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('237', '8', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('238', '9', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('239', '12', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('240', '7', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('241', '10', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('242', '11', '144');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('243', '8', '148');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('244', '10', '148');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('245', '15', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('246', '19', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('247', '21', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('248', '13', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('249', '18', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('250', '19', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('251', '15', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('252', '18', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('253', '19', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('254', '20', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('255', '21', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('256', '22', '3');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('257', '18', '4');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('258', '20', '4');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('259', '13', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('260', '15', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('261', '16', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('262', '18', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('263', '19', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('264', '21', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('265', '13', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('266', '15', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('267', '18', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('268', '21', '7');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('269', '13', '8');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('270', '16', '8');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('271', '14', '9');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('272', '17', '9');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('273', '18', '11');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('274', '20', '11');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('275', '13', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('276', '15', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('277', '16', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('278', '19', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('279', '22', '13');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('280', '18', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('281', '20', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('282', '21', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('283', '22', '14');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('284', '18', '15');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('285', '20', '15');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('286', '13', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('287', '15', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('288', '18', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('289', '21', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('290', '22', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('291', '16', '19');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('292', '15', '20');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('293', '18', '20');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('294', '20', '20');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('295', '22', '20');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('296', '16', '21');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('297', '13', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('298', '15', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('299', '18', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('300', '20', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('301', '22', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('302', '15', '25');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('303', '14', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('304', '19', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('305', '20', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('306', '21', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('307', '22', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('308', '14', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('309', '18', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('310', '19', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('311', '20', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('312', '22', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('313', '13', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('314', '18', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('315', '21', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('316', '22', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('317', '15', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('318', '17', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('319', '18', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('320', '19', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('321', '22', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('322', '16', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('323', '18', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('324', '22', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('325', '14', '37');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('326', '15', '37');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('327', '17', '37');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('328', '18', '37');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('329', '20', '37');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('330', '13', '38');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('331', '15', '38');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('332', '18', '38');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('333', '19', '38');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('334', '22', '38');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('335', '18', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('336', '21', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('337', '22', '41');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('338', '13', '42');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('339', '15', '42');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('340', '16', '42');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('341', '17', '42');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('342', '20', '42');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('343', '13', '46');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('344', '13', '47');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('345', '14', '47');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('346', '21', '47');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('347', '13', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('348', '18', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('349', '22', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('350', '18', '52');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('351', '21', '52');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('352', '13', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('353', '18', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('354', '19', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('355', '21', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('356', '22', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('357', '18', '54');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('358', '21', '54');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('359', '13', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('360', '18', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('361', '19', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('362', '22', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('363', '13', '62');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('364', '18', '62');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('365', '19', '62');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('366', '20', '62');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('367', '13', '65');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('368', '21', '65');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('369', '20', '66');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('370', '22', '66');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('371', '18', '67');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('372', '21', '67');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('373', '15', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('374', '22', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('375', '13', '69');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('376', '13', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('377', '15', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('378', '18', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('379', '20', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('380', '22', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('381', '13', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('382', '15', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('383', '19', '74');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('384', '18', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('385', '19', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('386', '21', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('387', '22', '75');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('388', '16', '76');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('389', '17', '76');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('390', '21', '76');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('391', '13', '77');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('392', '13', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('393', '18', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('394', '19', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('395', '22', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('396', '15', '81');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('397', '18', '81');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('398', '20', '81');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('399', '16', '82');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('400', '18', '82');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('401', '20', '83');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('402', '21', '83');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('403', '16', '84');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('404', '13', '86');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('405', '18', '86');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('406', '22', '86');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('407', '16', '88');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('408', '14', '89');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('409', '15', '89');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('410', '13', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('411', '15', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('412', '21', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('413', '22', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('414', '14', '92');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('415', '14', '95');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('416', '16', '95');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('417', '13', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('418', '20', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('419', '21', '96');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('420', '14', '99');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('421', '21', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('422', '14', '101');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('423', '15', '102');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('424', '16', '102');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('425', '17', '102');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('426', '13', '103');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('427', '18', '103');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('428', '19', '103');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('429', '14', '105');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('430', '22', '105');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('431', '13', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('432', '14', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('433', '15', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('434', '16', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('435', '19', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('436', '22', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('437', '19', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('438', '21', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('439', '22', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('440', '18', '110');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('441', '20', '110');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('442', '21', '110');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('443', '22', '110');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('444', '17', '111');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('445', '22', '111');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('446', '15', '113');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('447', '16', '113');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('448', '20', '113');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('449', '15', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('450', '18', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('451', '19', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('452', '20', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('453', '21', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('454', '14', '115');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('455', '15', '116');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('456', '16', '116');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('457', '21', '116');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('458', '15', '117');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('459', '17', '117');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('460', '19', '117');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('461', '20', '117');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('462', '22', '117');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('463', '15', '119');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('464', '16', '119');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('465', '20', '119');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('466', '21', '119');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('467', '13', '120');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('468', '15', '120');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('469', '19', '120');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('470', '21', '120');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('471', '15', '121');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('472', '17', '121');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('473', '20', '121');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('474', '13', '122');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('475', '18', '122');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('476', '19', '122');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('477', '22', '122');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('478', '13', '123');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('479', '15', '126');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('480', '18', '126');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('481', '20', '126');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('482', '21', '126');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('483', '13', '127');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('484', '18', '127');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('485', '19', '127');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('486', '21', '127');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('487', '15', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('488', '16', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('489', '20', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('490', '22', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('491', '14', '131');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('492', '15', '131');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('493', '20', '131');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('494', '14', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('495', '17', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('496', '19', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('497', '21', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('498', '22', '132');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('499', '13', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('500', '15', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('501', '21', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('502', '13', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('503', '14', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('504', '18', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('505', '22', '135');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('506', '22', '137');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('507', '13', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('508', '15', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('509', '20', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('510', '21', '139');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('511', '15', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('512', '18', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('513', '19', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('514', '22', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('515', '13', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('516', '17', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('517', '18', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('518', '19', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('519', '20', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('520', '21', '141');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('521', '13', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('522', '20', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('523', '22', '142');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('524', '18', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('525', '19', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('526', '20', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('527', '21', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('528', '22', '145');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('529', '14', '147');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('530', '16', '147');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('531', '17', '147');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('532', '13', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('533', '19', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('534', '20', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('535', '22', '149');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('536', '25', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('537', '27', '1');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('538', '27', '2');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('539', '23', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('540', '24', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('541', '25', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('542', '28', '5');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('543', '23', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('544', '25', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('545', '27', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('546', '28', '6');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('547', '23', '7');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('548', '24', '7');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('549', '26', '9');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('550', '27', '10');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('551', '28', '11');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('552', '25', '15');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('553', '27', '15');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('554', '28', '15');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('555', '24', '16');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('556', '25', '17');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('557', '25', '18');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('558', '24', '19');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('559', '25', '19');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('560', '27', '20');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('561', '23', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('562', '25', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('563', '27', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('564', '28', '23');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('565', '28', '29');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('566', '23', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('567', '25', '30');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('568', '25', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('569', '27', '31');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('570', '23', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('571', '28', '33');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('572', '27', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('573', '28', '34');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('574', '23', '35');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('575', '25', '35');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('576', '24', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('577', '25', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('578', '28', '36');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('579', '24', '40');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('580', '26', '43');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('581', '27', '47');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('582', '26', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('583', '27', '49');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('584', '23', '51');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('585', '26', '51');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('586', '27', '51');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('587', '27', '53');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('588', '23', '55');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('589', '25', '55');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('590', '26', '55');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('591', '23', '56');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('592', '25', '57');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('593', '24', '58');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('594', '26', '63');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('595', '25', '64');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('596', '27', '64');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('597', '28', '64');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('598', '27', '65');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('599', '25', '66');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('600', '23', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('601', '25', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('602', '27', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('603', '28', '68');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('604', '27', '70');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('605', '23', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('606', '25', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('607', '27', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('608', '28', '71');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('609', '27', '73');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('610', '23', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('611', '24', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('612', '26', '80');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('613', '23', '81');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('614', '26', '83');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('615', '23', '86');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('616', '28', '86');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('617', '24', '87');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('618', '25', '87');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('619', '24', '89');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('620', '27', '90');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('621', '25', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('622', '28', '91');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('623', '23', '93');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('624', '25', '93');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('625', '24', '94');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('626', '26', '94');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('627', '28', '94');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('628', '26', '95');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('629', '27', '95');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('630', '25', '97');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('631', '27', '97');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('632', '24', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('633', '25', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('634', '26', '100');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('635', '24', '102');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('636', '23', '104');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('637', '26', '104');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('638', '28', '108');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('639', '27', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('640', '28', '109');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('641', '23', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('642', '27', '114');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('643', '24', '125');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('644', '25', '127');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('645', '26', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('646', '27', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('647', '28', '129');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('648', '23', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('649', '25', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('650', '27', '133');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('651', '23', '136');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('652', '27', '136');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('653', '23', '137');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('654', '26', '137');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('655', '27', '137');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('656', '25', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('657', '27', '140');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('658', '24', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('659', '28', '143');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('660', '24', '145');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('661', '27', '146');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('662', '28', '146');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('663', '23', '148');
INSERT INTO "interests" ("id", "session_id", "account_id") VALUES ('664', '25', '148');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('1', '1', '6', '1', '1', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('2', '1', '4', '2', '0', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('3', '1', '6', '3', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('4', '1', '1', '4', '0', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('5', '1', '4', '5', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('6', '1', '6', '6', '0', '1775389680', '1775391930');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('7', '1', '1', '6', '0', '1775391930', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('8', '1', '4', '14', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('9', '1', '4', '21', '0', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('10', '1', '4', '22', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('11', '1', '6', '23', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('12', '1', '1', '24', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('13', '1', '4', '25', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('14', '1', '4', '30', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('15', '1', '1', '34', '0', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('16', '1', '6', '36', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('17', '1', '6', '39', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('18', '1', '4', '40', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('19', '1', '6', '41', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('20', '1', '6', '45', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('21', '1', '6', '48', '0', '1775389680', '1775391930');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('22', '1', '1', '48', '0', '1775391930', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('23', '1', '6', '52', '0', '1775389500', '1775391750');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('24', '1', '1', '52', '0', '1775391750', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('25', '1', '6', '53', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('26', '1', '4', '54', '1', '1775389500', '1775391750');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('27', '1', '6', '54', '1', '1775391750', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('28', '1', '4', '57', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('29', '1', '1', '59', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('30', '1', '6', '66', '0', '1775389740', '1775391990');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('31', '1', '1', '66', '0', '1775391990', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('32', '1', '4', '67', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('33', '1', '6', '69', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('34', '1', '1', '71', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('35', '1', '4', '74', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('36', '1', '1', '75', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('37', '1', '6', '77', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('38', '1', '6', '80', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('39', '1', '1', '83', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('40', '1', '1', '85', '1', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('41', '1', '4', '90', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('42', '1', '4', '91', '0', '1775389740', '1775391990');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('43', '1', '6', '91', '0', '1775391990', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('44', '1', '1', '92', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('45', '1', '6', '93', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('46', '1', '1', '96', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('47', '1', '1', '104', '1', '1775389740', '1775391990');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('48', '1', '4', '104', '1', '1775391990', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('49', '1', '4', '108', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('50', '1', '1', '109', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('51', '1', '4', '123', '1', '1775389560', '1775391810');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('52', '1', '6', '123', '1', '1775391810', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('53', '1', '1', '132', '0', '1775389680', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('54', '1', '1', '133', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('55', '1', '6', '135', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('56', '1', '6', '139', '0', '1775389740', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('57', '1', '1', '141', '0', '1775389620', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('58', '1', '6', '142', '0', '1775389560', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('59', '1', '4', '144', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('60', '1', '6', '145', '0', '1775389500', '1775391750');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('61', '1', '1', '145', '0', '1775391750', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('62', '1', '1', '149', '0', '1775389500', '1775394000');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('63', '1', '5', '1', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('64', '1', '5', '2', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('65', '1', '5', '3', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('66', '1', '2', '5', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('67', '1', '5', '6', '0', '1775394900', '1775397150');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('68', '1', '2', '6', '0', '1775397150', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('69', '1', '5', '21', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('70', '1', '5', '22', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('71', '1', '3', '23', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('72', '1', '3', '24', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('73', '1', '5', '25', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('74', '1', '5', '28', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('75', '1', '2', '30', '1', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('76', '1', '3', '34', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('77', '1', '2', '36', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('78', '1', '2', '39', '0', '1775394900', '1775397150');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('79', '1', '3', '39', '0', '1775397150', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('80', '1', '2', '40', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('81', '1', '2', '41', '0', '1775395140', '1775397390');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('82', '1', '3', '41', '0', '1775397390', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('83', '1', '5', '45', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('84', '1', '5', '49', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('85', '1', '2', '52', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('86', '1', '5', '53', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('87', '1', '2', '57', '1', '1775395020', '1775397270');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('88', '1', '3', '57', '1', '1775397270', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('89', '1', '5', '59', '0', '1775395020', '1775397270');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('90', '1', '2', '59', '0', '1775397270', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('91', '1', '3', '66', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('92', '1', '2', '69', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('93', '1', '3', '71', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('94', '1', '5', '74', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('95', '1', '3', '75', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('96', '1', '5', '80', '0', '1775395140', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('97', '1', '5', '83', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('98', '1', '5', '85', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('99', '1', '3', '90', '1', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('100', '1', '5', '91', '0', '1775395020', '1775397270');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('101', '1', '2', '91', '0', '1775397270', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('102', '1', '5', '92', '0', '1775395140', '1775397390');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('103', '1', '2', '92', '0', '1775397390', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('104', '1', '2', '93', '0', '1775395080', '1775397330');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('105', '1', '3', '93', '0', '1775397330', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('106', '1', '2', '96', '0', '1775395080', '1775397330');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('107', '1', '3', '96', '0', '1775397330', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('108', '1', '3', '99', '0', '1775395080', '1775397330');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('109', '1', '5', '99', '0', '1775397330', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('110', '1', '5', '104', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('111', '1', '2', '108', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('112', '1', '5', '109', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('113', '1', '3', '114', '1', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('114', '1', '5', '123', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('115', '1', '3', '132', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('116', '1', '5', '133', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('117', '1', '3', '135', '0', '1775395020', '1775397270');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('118', '1', '5', '135', '0', '1775397270', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('119', '1', '3', '137', '0', '1775395080', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('120', '1', '3', '139', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('121', '1', '5', '142', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('122', '1', '5', '144', '0', '1775394960', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('123', '1', '5', '145', '0', '1775394900', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('124', '1', '2', '149', '0', '1775395020', '1775399400');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('125', '2', '11', '1', '1', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('126', '2', '10', '3', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('127', '2', '8', '5', '0', '1785759300', '1785761550');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('128', '2', '10', '5', '0', '1785761550', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('129', '2', '10', '10', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('130', '2', '10', '13', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('131', '2', '8', '18', '0', '1785759420', '1785761670');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('132', '2', '10', '18', '0', '1785761670', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('133', '2', '10', '21', '1', '1785759540', '1785761790');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('134', '2', '11', '21', '1', '1785761790', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('135', '2', '11', '22', '0', '1785759420', '1785761670');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('136', '2', '8', '22', '0', '1785761670', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('137', '2', '11', '23', '0', '1785759480', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('138', '2', '11', '24', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('139', '2', '10', '25', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('140', '2', '8', '26', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('141', '2', '8', '31', '0', '1785759300', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('142', '2', '11', '32', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('143', '2', '8', '36', '0', '1785759360', '1785761610');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('144', '2', '10', '36', '0', '1785761610', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('145', '2', '8', '39', '1', '1785759480', '1785761730');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('146', '2', '10', '39', '1', '1785761730', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('147', '2', '8', '41', '0', '1785759360', '1785761610');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('148', '2', '10', '41', '0', '1785761610', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('149', '2', '8', '46', '0', '1785759480', '1785761730');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('150', '2', '10', '46', '0', '1785761730', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('151', '2', '10', '51', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('152', '2', '8', '53', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('153', '2', '10', '64', '0', '1785759420', '1785761670');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('154', '2', '11', '64', '0', '1785761670', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('155', '2', '8', '68', '0', '1785759480', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('156', '2', '10', '74', '0', '1785759300', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('157', '2', '11', '75', '1', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('158', '2', '8', '76', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('159', '2', '11', '78', '1', '1785759480', '1785761730');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('160', '2', '8', '78', '1', '1785761730', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('161', '2', '8', '82', '0', '1785759480', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('162', '2', '8', '87', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('163', '2', '8', '88', '0', '1785759480', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('164', '2', '8', '91', '0', '1785759300', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('165', '2', '8', '93', '0', '1785759360', '1785761610');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('166', '2', '10', '93', '0', '1785761610', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('167', '2', '8', '96', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('168', '2', '10', '98', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('169', '2', '11', '100', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('170', '2', '10', '102', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('171', '2', '10', '109', '1', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('172', '2', '10', '111', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('173', '2', '11', '112', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('174', '2', '10', '114', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('175', '2', '11', '115', '0', '1785759420', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('176', '2', '8', '123', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('177', '2', '10', '129', '0', '1785759360', '1785761610');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('178', '2', '11', '129', '0', '1785761610', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('179', '2', '10', '130', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('180', '2', '10', '132', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('181', '2', '8', '135', '0', '1785759300', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('182', '2', '8', '136', '0', '1785759300', '1785761550');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('183', '2', '10', '136', '0', '1785761550', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('184', '2', '10', '140', '0', '1785759540', '1785761790');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('185', '2', '11', '140', '0', '1785761790', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('186', '2', '8', '141', '0', '1785759300', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('187', '2', '8', '142', '0', '1785759360', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('188', '2', '11', '144', '0', '1785759480', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('189', '2', '8', '148', '0', '1785759540', '1785763800');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('190', '2', '9', '1', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('191', '2', '9', '2', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('192', '2', '7', '3', '0', '1785764760', '1785767010');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('193', '2', '9', '3', '0', '1785767010', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('194', '2', '9', '5', '0', '1785764940', '1785767190');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('195', '2', '12', '5', '0', '1785767190', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('196', '2', '12', '6', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('197', '2', '12', '10', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('198', '2', '7', '18', '0', '1785764760', '1785767010');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('199', '2', '9', '18', '0', '1785767010', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('200', '2', '12', '22', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('201', '2', '9', '23', '0', '1785764700', '1785766950');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('202', '2', '12', '23', '0', '1785766950', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('203', '2', '9', '24', '0', '1785764880', '1785767130');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('204', '2', '12', '24', '0', '1785767130', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('205', '2', '9', '25', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('206', '2', '9', '26', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('207', '2', '7', '31', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('208', '2', '7', '32', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('209', '2', '9', '39', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('210', '2', '7', '48', '0', '1785764880', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('211', '2', '9', '49', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('212', '2', '9', '51', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('213', '2', '9', '53', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('214', '2', '12', '55', '0', '1785764700', '1785766950');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('215', '2', '7', '55', '0', '1785766950', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('216', '2', '7', '64', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('217', '2', '7', '68', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('218', '2', '7', '74', '0', '1785764760', '1785767010');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('219', '2', '9', '74', '0', '1785767010', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('220', '2', '7', '75', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('221', '2', '12', '82', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('222', '2', '7', '87', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('223', '2', '12', '88', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('224', '2', '9', '91', '0', '1785764880', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('225', '2', '7', '93', '0', '1785764700', '1785766950');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('226', '2', '9', '93', '0', '1785766950', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('227', '2', '9', '96', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('228', '2', '9', '98', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('229', '2', '9', '100', '0', '1785764880', '1785767130');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('230', '2', '12', '100', '0', '1785767130', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('231', '2', '9', '105', '0', '1785764880', '1785767130');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('232', '2', '12', '105', '0', '1785767130', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('233', '2', '7', '109', '0', '1785764820', '1785767070');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('234', '2', '9', '109', '0', '1785767070', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('235', '2', '9', '111', '1', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('236', '2', '7', '114', '0', '1785764940', '1785767190');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('237', '2', '9', '114', '0', '1785767190', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('238', '2', '9', '115', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('239', '2', '7', '116', '0', '1785764760', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('240', '2', '9', '120', '0', '1785764820', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('241', '2', '9', '122', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('242', '2', '7', '129', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('243', '2', '7', '130', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('244', '2', '7', '132', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('245', '2', '9', '135', '0', '1785764880', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('246', '2', '7', '136', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('247', '2', '7', '141', '0', '1785764880', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('248', '2', '9', '142', '0', '1785764700', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('249', '2', '7', '144', '0', '1785764940', '1785769200');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('250', '3', '19', '1', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('251', '3', '19', '2', '1', '1793523660', '1793525910');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('252', '3', '15', '2', '1', '1793525910', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('253', '3', '18', '3', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('254', '3', '18', '4', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('255', '3', '15', '5', '0', '1793523600', '1793525850');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('256', '3', '17', '5', '0', '1793525850', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('257', '3', '18', '6', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('258', '3', '18', '8', '1', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('259', '3', '19', '8', '1', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('260', '3', '17', '9', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('261', '3', '18', '11', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('262', '3', '15', '13', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('263', '3', '18', '14', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('264', '3', '18', '15', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('265', '3', '15', '18', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('266', '3', '18', '20', '1', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('267', '3', '18', '21', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('268', '3', '15', '23', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('269', '3', '15', '25', '0', '1793523660', '1793525910');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('270', '3', '17', '25', '0', '1793525910', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('271', '3', '19', '29', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('272', '3', '18', '30', '0', '1793523840', '1793526090');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('273', '3', '19', '30', '0', '1793526090', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('274', '3', '18', '31', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('275', '3', '18', '33', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('276', '3', '18', '34', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('277', '3', '15', '37', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('278', '3', '15', '38', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('279', '3', '18', '41', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('280', '3', '17', '42', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('281', '3', '18', '46', '1', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('282', '3', '15', '47', '0', '1793523600', '1793525850');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('283', '3', '17', '47', '0', '1793525850', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('284', '3', '18', '49', '0', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('285', '3', '19', '49', '0', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('286', '3', '18', '52', '0', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('287', '3', '19', '52', '0', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('288', '3', '19', '53', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('289', '3', '18', '54', '1', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('290', '3', '18', '57', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('291', '3', '17', '58', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('292', '3', '19', '61', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('293', '3', '19', '62', '1', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('294', '3', '17', '66', '1', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('295', '3', '18', '67', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('296', '3', '15', '68', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('297', '3', '15', '71', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('298', '3', '19', '74', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('299', '3', '18', '75', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('300', '3', '17', '76', '0', '1793523660', '1793525910');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('301', '3', '18', '76', '0', '1793525910', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('302', '3', '18', '77', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('303', '3', '18', '80', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('304', '3', '15', '81', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('305', '3', '18', '82', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('306', '3', '18', '86', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('307', '3', '18', '88', '1', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('308', '3', '15', '89', '0', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('309', '3', '17', '89', '0', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('310', '3', '15', '91', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('311', '3', '18', '94', '0', '1793523840', '1793526090');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('312', '3', '19', '94', '0', '1793526090', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('313', '3', '19', '95', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('314', '3', '19', '100', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('315', '3', '15', '102', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('316', '3', '18', '103', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('317', '3', '15', '105', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('318', '3', '15', '108', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('319', '3', '19', '109', '1', '1793523660', '1793525910');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('320', '3', '15', '109', '1', '1793525910', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('321', '3', '18', '110', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('322', '3', '17', '111', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('323', '3', '15', '113', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('324', '3', '19', '114', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('325', '3', '15', '115', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('326', '3', '15', '116', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('327', '3', '17', '117', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('328', '3', '15', '119', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('329', '3', '19', '120', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('330', '3', '15', '121', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('331', '3', '19', '122', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('332', '3', '15', '123', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('333', '3', '19', '125', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('334', '3', '15', '126', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('335', '3', '18', '127', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('336', '3', '15', '129', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('337', '3', '15', '131', '0', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('338', '3', '17', '131', '0', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('339', '3', '17', '132', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('340', '3', '15', '133', '0', '1793523840', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('341', '3', '18', '135', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('342', '3', '18', '137', '0', '1793523720', '1793525970');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('343', '3', '19', '137', '0', '1793525970', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('344', '3', '15', '139', '0', '1793523780', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('345', '3', '15', '140', '0', '1793523720', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('346', '3', '17', '141', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('347', '3', '19', '143', '0', '1793523660', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('348', '3', '17', '147', '0', '1793523600', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('349', '3', '19', '149', '0', '1793523840', '1793526090');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('350', '3', '15', '149', '0', '1793526090', '1793528100');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('351', '3', '13', '2', '0', '1793529240', '1793531490');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('352', '3', '14', '2', '0', '1793531490', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('353', '3', '22', '3', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('354', '3', '16', '4', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('355', '3', '16', '5', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('356', '3', '13', '6', '0', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('357', '3', '14', '6', '0', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('358', '3', '16', '7', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('359', '3', '13', '8', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('360', '3', '14', '9', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('361', '3', '13', '11', '0', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('362', '3', '14', '11', '0', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('363', '3', '16', '13', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('364', '3', '22', '14', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('365', '3', '16', '15', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('366', '3', '22', '18', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('367', '3', '16', '19', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('368', '3', '22', '20', '0', '1793529180', '1793531430');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('369', '3', '13', '20', '0', '1793531430', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('370', '3', '16', '21', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('371', '3', '22', '23', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('372', '3', '16', '25', '0', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('373', '3', '22', '25', '0', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('374', '3', '22', '29', '0', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('375', '3', '13', '29', '0', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('376', '3', '22', '30', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('377', '3', '13', '31', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('378', '3', '22', '33', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('379', '3', '16', '34', '1', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('380', '3', '14', '37', '0', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('381', '3', '16', '37', '0', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('382', '3', '22', '38', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('383', '3', '22', '41', '1', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('384', '3', '16', '42', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('385', '3', '13', '46', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('386', '3', '14', '47', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('387', '3', '22', '49', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('388', '3', '13', '53', '0', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('389', '3', '14', '53', '0', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('390', '3', '13', '57', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('391', '3', '13', '58', '1', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('392', '3', '14', '58', '1', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('393', '3', '14', '61', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('394', '3', '13', '62', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('395', '3', '13', '65', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('396', '3', '22', '66', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('397', '3', '13', '67', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('398', '3', '22', '68', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('399', '3', '13', '69', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('400', '3', '13', '71', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('401', '3', '13', '74', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('402', '3', '22', '75', '0', '1793529240', '1793531490');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('403', '3', '13', '75', '0', '1793531490', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('404', '3', '16', '76', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('405', '3', '13', '77', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('406', '3', '16', '79', '0', '1793529180', '1793531430');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('407', '3', '22', '79', '0', '1793531430', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('408', '3', '22', '80', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('409', '3', '16', '82', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('410', '3', '13', '83', '0', '1793529000', '1793531250');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('411', '3', '14', '83', '0', '1793531250', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('412', '3', '16', '84', '0', '1793529000', '1793531250');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('413', '3', '22', '84', '0', '1793531250', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('414', '3', '13', '86', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('415', '3', '16', '88', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('416', '3', '14', '89', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('417', '3', '22', '91', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('418', '3', '14', '92', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('419', '3', '16', '94', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('420', '3', '14', '95', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('421', '3', '13', '96', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('422', '3', '14', '99', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('423', '3', '14', '101', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('424', '3', '16', '102', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('425', '3', '13', '103', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('426', '3', '14', '105', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('427', '3', '22', '108', '0', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('428', '3', '13', '108', '0', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('429', '3', '22', '109', '0', '1793529120', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('430', '3', '22', '110', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('431', '3', '22', '111', '0', '1793529000', '1793531250');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('432', '3', '13', '111', '0', '1793531250', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('433', '3', '16', '113', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('434', '3', '14', '115', '0', '1793529000', '1793531250');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('435', '3', '16', '115', '0', '1793531250', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('436', '3', '16', '116', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('437', '3', '22', '117', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('438', '3', '16', '119', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('439', '3', '13', '120', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('440', '3', '13', '122', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('441', '3', '13', '123', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('442', '3', '22', '125', '1', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('443', '3', '13', '127', '0', '1793529000', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('444', '3', '16', '129', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('445', '3', '14', '131', '0', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('446', '3', '16', '131', '0', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('447', '3', '22', '132', '1', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('448', '3', '13', '132', '1', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('449', '3', '13', '133', '0', '1793529060', '1793531310');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('450', '3', '14', '133', '0', '1793531310', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('451', '3', '14', '135', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('452', '3', '22', '137', '1', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('453', '3', '13', '139', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('454', '3', '22', '140', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('455', '3', '13', '141', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('456', '3', '22', '142', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('457', '3', '22', '143', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('458', '3', '22', '145', '0', '1793529120', '1793531370');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('459', '3', '13', '145', '0', '1793531370', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('460', '3', '14', '147', '0', '1793529240', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('461', '3', '13', '149', '0', '1793529180', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('462', '3', '16', '150', '0', '1793529060', '1793533500');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('463', '3', '21', '1', '1', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('464', '3', '21', '3', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('465', '3', '20', '4', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('466', '3', '21', '5', '0', '1793537280', '1793539530');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('467', '3', '20', '5', '0', '1793539530', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('468', '3', '20', '6', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('469', '3', '21', '7', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('470', '3', '20', '9', '1', '1793537280', '1793539530');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('471', '3', '21', '9', '1', '1793539530', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('472', '3', '20', '11', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('473', '3', '20', '14', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('474', '3', '20', '15', '0', '1793537340', '1793539590');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('475', '3', '21', '15', '0', '1793539590', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('476', '3', '21', '18', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('477', '3', '21', '19', '1', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('478', '3', '20', '20', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('479', '3', '20', '23', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('480', '3', '20', '25', '0', '1793537340', '1793539590');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('481', '3', '21', '25', '0', '1793539590', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('482', '3', '20', '29', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('483', '3', '20', '30', '1', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('484', '3', '21', '31', '1', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('485', '3', '20', '33', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('486', '3', '21', '34', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('487', '3', '20', '37', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('488', '3', '21', '38', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('489', '3', '21', '41', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('490', '3', '20', '42', '0', '1793537100', '1793539350');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('491', '3', '21', '42', '0', '1793539350', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('492', '3', '21', '46', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('493', '3', '21', '47', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('494', '3', '21', '52', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('495', '3', '21', '53', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('496', '3', '21', '54', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('497', '3', '20', '58', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('498', '3', '20', '62', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('499', '3', '21', '65', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('500', '3', '20', '66', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('501', '3', '21', '67', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('502', '3', '21', '68', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('503', '3', '20', '71', '0', '1793537340', '1793539590');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('504', '3', '21', '71', '0', '1793539590', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('505', '3', '21', '75', '0', '1793537280', '1793539530');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('506', '3', '20', '75', '0', '1793539530', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('507', '3', '21', '76', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('508', '3', '21', '77', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('509', '3', '21', '79', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('510', '3', '21', '80', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('511', '3', '20', '81', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('512', '3', '21', '82', '1', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('513', '3', '20', '83', '0', '1793537100', '1793539350');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('514', '3', '21', '83', '0', '1793539350', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('515', '3', '21', '84', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('516', '3', '20', '86', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('517', '3', '21', '91', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('518', '3', '20', '94', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('519', '3', '21', '96', '1', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('520', '3', '21', '99', '0', '1793537160', '1793539410');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('521', '3', '20', '99', '0', '1793539410', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('522', '3', '21', '100', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('523', '3', '21', '101', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('524', '3', '21', '109', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('525', '3', '21', '110', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('526', '3', '20', '111', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('527', '3', '20', '113', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('528', '3', '21', '114', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('529', '3', '21', '115', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('530', '3', '21', '116', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('531', '3', '20', '117', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('532', '3', '21', '119', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('533', '3', '21', '120', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('534', '3', '20', '121', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('535', '3', '20', '122', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('536', '3', '20', '123', '0', '1793537280', '1793539530');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('537', '3', '21', '123', '0', '1793539530', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('538', '3', '20', '125', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('539', '3', '20', '126', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('540', '3', '21', '127', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('541', '3', '20', '129', '0', '1793537340', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('542', '3', '20', '131', '0', '1793537220', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('543', '3', '21', '132', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('544', '3', '21', '133', '1', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('545', '3', '20', '134', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('546', '3', '20', '137', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('547', '3', '20', '139', '0', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('548', '3', '20', '140', '0', '1793537340', '1793539590');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('549', '3', '21', '140', '0', '1793539590', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('550', '3', '20', '141', '1', '1793537100', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('551', '3', '20', '142', '0', '1793537220', '1793539470');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('552', '3', '21', '142', '0', '1793539470', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('553', '3', '21', '143', '0', '1793537280', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('554', '3', '21', '145', '0', '1793537160', '1793541600');
INSERT INTO "presences" ("id", "gathering_id", "session_id", "account_id", "anonymous", "since", "until") VALUES ('555', '3', '20', '149', '0', '1793537160', '1793541600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('1', '1', '**Key points**

- The siren is not heard in the upper villages.
- Older neighbours act on a call from someone they know.

**Proposed actions**

- A phone tree for every street before the winter.', '3', '75', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('2', '2', '**Key points**

- Members want more than a shop: a place to do things together.
- Northwind and the lab would come to an open day.

**Insights**

Ask the partners what they need from us, not only what we need from them.', '3', '69', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('3', '3', '**Key points**

- Bags, boats and a date before the first frost.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '3', '75', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('4', '4', '**Key points**

- Keeping the valley''s old varieties alive.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '3', '14', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('5', '5', '**Key points**

- Grazing, football and the flood basin on one piece of land.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '3', '49', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('6', '6', '**Key points**

- How people who just moved here find their way in.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '3', '52', '1775400600');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('7', '7', '**Key points**

- The library and the cooperative''s hall can stay heated on weekday afternoons.
- Volunteers will host in pairs.

**Proposed actions**

- Warm rooms open from the first cold week.', '3', '68', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('8', '8', '**Key points**

- Ice at the weir flooded the lower meadow twice.
- The fishers see it coming first.

**Insights**

A message group between the fishers and the cooperative would warn everyone earlier.', '3', '31', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('9', '9', '**Key points**

- Elders'' memories of floods and fish, recorded for everyone.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '3', '26', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('10', '10', '**Key points**

- Greenhouses on the cooperative''s land, and who waters them.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '3', '25', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('11', '11', '**Key points**

- Northwind''s rounds when the valley road is closed.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '3', '22', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('12', '12', '**Key points**

- The lab''s idea: one open map of the valley''s projects and people.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '3', '55', '1785770400');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('13', '13', '**Key points**

- The banks erode fastest where nothing grows.
- Three landowners offered plots.

**Insights**

Start small and show results before asking the council.

**Proposed actions**

- Plant 200 willows in March.', '3', '123', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('14', '14', '**Key points**

- Villages upstream see a nurse once a month.
- A shared van could cover four villages a week.

**Proposed actions**

- Ask Northwind for a pilot month.', '3', '47', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('15', '15', '**Key points**

- Twelve people can repair bikes, radios or clothes.
- The cooperative''s hall is free on Saturdays.

**Proposed actions**

- First repair café in April.', '3', '23', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('16', '16', '**Key points**

- Two schools would host sensors.
- Data should be open by default (CC-BY).

**Insights**

The lab can build the dashboard; the cooperative should own the data.', '3', '82', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('17', '17', '**Key points**

- How young members get a real seat, not a token one.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '147', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('18', '18', '**Key points**

- Shade, water points and checking on neighbours.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '110', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('19', '19', '**Key points**

- One place to see who needs a hand and when.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '100', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('20', '20', '**Key points**

- Market gardens on land that floods every few years.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '29', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('21', '21', '**Key points**

- What the people who live from the river know.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '47', '1793542800');
INSERT INTO "reports" ("id", "session_id", "body", "version", "updated_by", "updated_at") VALUES ('22', '22', '**Key points**

- Small grants, pooled funds and being accountable for them.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '3', '14', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('1', '1', '1', '**Key points**

- The siren is not heard in the upper villages.', '2', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('2', '1', '2', '**Key points**

- The siren is not heard in the upper villages.
- Older neighbours act on a call from someone they know.
', '24', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('3', '1', '3', '**Key points**

- The siren is not heard in the upper villages.
- Older neighbours act on a call from someone they know.

**Proposed actions**

- A phone tree for every street before the winter.', '75', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('4', '2', '1', '**Key points**

- Members want more than a shop: a place to do things together.', '2', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('5', '2', '2', '**Key points**

- Members want more than a shop: a place to do things together.
- Northwind and the lab would come to an open day.
', '39', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('6', '2', '3', '**Key points**

- Members want more than a shop: a place to do things together.
- Northwind and the lab would come to an open day.

**Insights**

Ask the partners what they need from us, not only what we need from them.', '69', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('7', '3', '1', '**Key points**

- Bags, boats and a date before the first frost.', '1', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('8', '3', '2', '**Key points**

- Bags, boats and a date before the first frost.
- We agreed to meet again before the winter.
', '34', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('9', '3', '3', '**Key points**

- Bags, boats and a date before the first frost.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '75', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('10', '4', '1', '**Key points**

- Keeping the valley''s old varieties alive.', '1', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('11', '4', '2', '**Key points**

- Keeping the valley''s old varieties alive.
- We agreed to meet again before the winter.
', '144', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('12', '4', '3', '**Key points**

- Keeping the valley''s old varieties alive.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '14', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('13', '5', '1', '**Key points**

- Grazing, football and the flood basin on one piece of land.', '4', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('14', '5', '2', '**Key points**

- Grazing, football and the flood basin on one piece of land.
- We agreed to meet again before the winter.
', '6', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('15', '5', '3', '**Key points**

- Grazing, football and the flood basin on one piece of land.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '49', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('16', '6', '1', '**Key points**

- How people who just moved here find their way in.', '96', '1775399400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('17', '6', '2', '**Key points**

- How people who just moved here find their way in.
- We agreed to meet again before the winter.
', '36', '1775400000');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('18', '6', '3', '**Key points**

- How people who just moved here find their way in.
- We agreed to meet again before the winter.

**Proposed actions**

- Find two more people to carry it.', '52', '1775400600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('19', '7', '1', '**Key points**

- The library and the cooperative''s hall can stay heated on weekday afternoons.', '2', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('20', '7', '2', '**Key points**

- The library and the cooperative''s hall can stay heated on weekday afternoons.
- Volunteers will host in pairs.
', '64', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('21', '7', '3', '**Key points**

- The library and the cooperative''s hall can stay heated on weekday afternoons.
- Volunteers will host in pairs.

**Proposed actions**

- Warm rooms open from the first cold week.', '68', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('22', '8', '1', '**Key points**

- Ice at the weir flooded the lower meadow twice.', '2', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('23', '8', '2', '**Key points**

- Ice at the weir flooded the lower meadow twice.
- The fishers see it coming first.
', '5', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('24', '8', '3', '**Key points**

- Ice at the weir flooded the lower meadow twice.
- The fishers see it coming first.

**Insights**

A message group between the fishers and the cooperative would warn everyone earlier.', '31', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('25', '9', '1', '**Key points**

- Elders'' memories of floods and fish, recorded for everyone.', '6', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('26', '9', '2', '**Key points**

- Elders'' memories of floods and fish, recorded for everyone.
- We agreed to meet again before the spring.
', '23', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('27', '9', '3', '**Key points**

- Elders'' memories of floods and fish, recorded for everyone.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '26', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('28', '10', '1', '**Key points**

- Greenhouses on the cooperative''s land, and who waters them.', '64', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('29', '10', '2', '**Key points**

- Greenhouses on the cooperative''s land, and who waters them.
- We agreed to meet again before the spring.
', '74', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('30', '10', '3', '**Key points**

- Greenhouses on the cooperative''s land, and who waters them.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '25', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('31', '11', '1', '**Key points**

- Northwind''s rounds when the valley road is closed.', '76', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('32', '11', '2', '**Key points**

- Northwind''s rounds when the valley road is closed.
- We agreed to meet again before the spring.
', '32', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('33', '11', '3', '**Key points**

- Northwind''s rounds when the valley road is closed.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '22', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('34', '12', '1', '**Key points**

- The lab''s idea: one open map of the valley''s projects and people.', '55', '1785769200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('35', '12', '2', '**Key points**

- The lab''s idea: one open map of the valley''s projects and people.
- We agreed to meet again before the spring.
', '10', '1785769800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('36', '12', '3', '**Key points**

- The lab''s idea: one open map of the valley''s projects and people.
- We agreed to meet again before the spring.

**Proposed actions**

- Find two more people to carry it.', '55', '1785770400');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('37', '13', '1', '**Key points**

- The banks erode fastest where nothing grows.', '6', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('38', '13', '2', '**Key points**

- The banks erode fastest where nothing grows.
- Three landowners offered plots.
', '83', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('39', '13', '3', '**Key points**

- The banks erode fastest where nothing grows.
- Three landowners offered plots.

**Insights**

Start small and show results before asking the council.

**Proposed actions**

- Plant 200 willows in March.', '123', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('40', '14', '1', '**Key points**

- Villages upstream see a nurse once a month.', '7', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('41', '14', '2', '**Key points**

- Villages upstream see a nurse once a month.
- A shared van could cover four villages a week.
', '115', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('42', '14', '3', '**Key points**

- Villages upstream see a nurse once a month.
- A shared van could cover four villages a week.

**Proposed actions**

- Ask Northwind for a pilot month.', '47', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('43', '15', '1', '**Key points**

- Twelve people can repair bikes, radios or clothes.', '2', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('44', '15', '2', '**Key points**

- Twelve people can repair bikes, radios or clothes.
- The cooperative''s hall is free on Saturdays.
', '5', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('45', '15', '3', '**Key points**

- Twelve people can repair bikes, radios or clothes.
- The cooperative''s hall is free on Saturdays.

**Proposed actions**

- First repair café in April.', '23', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('46', '16', '1', '**Key points**

- Two schools would host sensors.', '8', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('47', '16', '2', '**Key points**

- Two schools would host sensors.
- Data should be open by default (CC-BY).
', '13', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('48', '16', '3', '**Key points**

- Two schools would host sensors.
- Data should be open by default (CC-BY).

**Insights**

The lab can build the dashboard; the cooperative should own the data.', '82', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('49', '17', '1', '**Key points**

- How young members get a real seat, not a token one.', '9', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('50', '17', '2', '**Key points**

- How young members get a real seat, not a token one.
- We agreed to meet again before the autumn.
', '141', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('51', '17', '3', '**Key points**

- How young members get a real seat, not a token one.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '147', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('52', '18', '1', '**Key points**

- Shade, water points and checking on neighbours.', '11', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('53', '18', '2', '**Key points**

- Shade, water points and checking on neighbours.
- We agreed to meet again before the autumn.
', '67', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('54', '18', '3', '**Key points**

- Shade, water points and checking on neighbours.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '110', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('55', '19', '1', '**Key points**

- One place to see who needs a hand and when.', '13', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('56', '19', '2', '**Key points**

- One place to see who needs a hand and when.
- We agreed to meet again before the autumn.
', '1', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('57', '19', '3', '**Key points**

- One place to see who needs a hand and when.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '100', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('58', '20', '1', '**Key points**

- Market gardens on land that floods every few years.', '14', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('59', '20', '2', '**Key points**

- Market gardens on land that floods every few years.
- We agreed to meet again before the autumn.
', '23', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('60', '20', '3', '**Key points**

- Market gardens on land that floods every few years.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '29', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('61', '21', '1', '**Key points**

- What the people who live from the river know.', '15', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('62', '21', '2', '**Key points**

- What the people who live from the river know.
- We agreed to meet again before the autumn.
', '18', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('63', '21', '3', '**Key points**

- What the people who live from the river know.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '47', '1793542800');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('64', '22', '1', '**Key points**

- Small grants, pooled funds and being accountable for them.', '18', '1793541600');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('65', '22', '2', '**Key points**

- Small grants, pooled funds and being accountable for them.
- We agreed to meet again before the autumn.
', '3', '1793542200');
INSERT INTO "report_revisions" ("id", "session_id", "version", "body", "author_id", "at") VALUES ('66', '22', '3', '**Key points**

- Small grants, pooled funds and being accountable for them.
- We agreed to meet again before the autumn.

**Proposed actions**

- Find two more people to carry it.', '14', '1793542800');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('1', '1', '24');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('2', '1', '83');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('3', '1', '96');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('4', '1', '149');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('5', '1', '59');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('6', '1', '141');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('7', '1', '4');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('8', '1', '52');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('9', '1', '145');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('10', '1', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('11', '1', '48');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('12', '1', '66');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('13', '2', '39');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('14', '2', '69');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('15', '2', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('16', '2', '108');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('17', '2', '149');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('18', '2', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('19', '2', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('20', '2', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('21', '2', '59');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('22', '2', '92');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('23', '3', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('24', '3', '132');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('25', '3', '139');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('26', '3', '71');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('27', '3', '24');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('28', '3', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('29', '3', '39');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('30', '3', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('31', '3', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('32', '4', '14');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('33', '4', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('34', '4', '90');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('35', '4', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('36', '4', '30');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('37', '4', '57');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('38', '4', '74');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('39', '4', '108');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('40', '4', '2');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('41', '4', '21');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('42', '4', '40');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('43', '4', '67');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('44', '4', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('45', '5', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('46', '5', '133');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('47', '5', '145');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('48', '5', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('49', '5', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('50', '5', '85');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('51', '5', '144');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('52', '5', '59');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('53', '5', '83');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('54', '5', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('55', '5', '142');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('56', '5', '1');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('57', '5', '22');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('58', '5', '104');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('59', '5', '109');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('60', '5', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('61', '5', '2');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('62', '5', '74');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('63', '5', '80');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('64', '5', '92');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('65', '5', '135');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('66', '5', '99');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('67', '6', '52');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('68', '6', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('69', '6', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('70', '6', '53');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('71', '6', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('72', '6', '48');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('73', '6', '66');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('74', '6', '135');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('75', '6', '139');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('76', '6', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('77', '7', '68');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('78', '7', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('79', '7', '130');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('80', '7', '136');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('81', '7', '32');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('82', '7', '31');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('83', '7', '109');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('84', '7', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('85', '7', '87');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('86', '7', '114');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('87', '7', '129');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('88', '7', '132');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('89', '7', '144');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('90', '7', '55');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('91', '8', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('92', '8', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('93', '8', '136');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('94', '8', '141');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('95', '8', '36');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('96', '8', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('97', '8', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('98', '8', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('99', '8', '142');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('100', '8', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('101', '8', '26');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('102', '8', '76');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('103', '8', '87');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('104', '8', '46');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('105', '8', '68');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('106', '8', '88');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('107', '9', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('108', '9', '26');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('109', '9', '49');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('110', '9', '98');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('111', '9', '1');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('112', '9', '115');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('113', '9', '2');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('114', '9', '120');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('115', '9', '24');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('116', '9', '100');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('117', '9', '105');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('118', '9', '135');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('119', '9', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('120', '9', '39');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('121', '9', '51');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('122', '9', '53');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('123', '9', '122');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('124', '9', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('125', '9', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('126', '9', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('127', '9', '74');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('128', '9', '109');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('129', '10', '74');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('130', '10', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('131', '10', '111');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('132', '10', '129');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('133', '10', '130');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('134', '10', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('135', '10', '64');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('136', '10', '98');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('137', '10', '10');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('138', '10', '102');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('139', '10', '114');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('140', '10', '132');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('141', '10', '140');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('142', '10', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('143', '10', '93');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('144', '10', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('145', '11', '32');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('146', '11', '100');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('147', '11', '115');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('148', '11', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('149', '11', '144');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('150', '11', '112');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('151', '11', '129');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('152', '11', '64');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('153', '12', '55');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('154', '12', '82');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('155', '12', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('156', '12', '88');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('157', '12', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('158', '12', '24');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('159', '12', '100');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('160', '12', '105');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('161', '12', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('162', '13', '83');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('163', '13', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('164', '13', '127');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('165', '13', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('166', '13', '8');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('167', '13', '53');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('168', '13', '71');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('169', '13', '96');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('170', '13', '139');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('171', '13', '141');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('172', '13', '11');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('173', '13', '62');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('174', '13', '67');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('175', '13', '86');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('176', '13', '31');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('177', '13', '46');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('178', '13', '74');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('179', '13', '77');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('180', '13', '122');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('181', '13', '149');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('182', '13', '2');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('183', '13', '69');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('184', '13', '103');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('185', '13', '111');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('186', '13', '20');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('187', '14', '47');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('188', '14', '92');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('189', '14', '99');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('190', '14', '131');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('191', '14', '135');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('192', '14', '37');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('193', '14', '89');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('194', '14', '95');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('195', '14', '9');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('196', '14', '147');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('197', '14', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('198', '14', '133');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('199', '14', '11');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('200', '15', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('201', '15', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('202', '15', '47');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('203', '15', '113');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('204', '15', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('205', '15', '38');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('206', '15', '102');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('207', '15', '105');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('208', '15', '116');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('209', '15', '119');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('210', '15', '71');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('211', '15', '89');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('212', '15', '108');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('213', '15', '129');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('214', '15', '131');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('215', '15', '140');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('216', '15', '68');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('217', '15', '115');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('218', '15', '121');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('219', '15', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('220', '15', '139');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('221', '15', '13');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('222', '15', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('223', '15', '133');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('224', '16', '84');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('225', '16', '113');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('226', '16', '88');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('227', '16', '129');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('228', '16', '150');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('229', '16', '7');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('230', '16', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('231', '16', '42');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('232', '16', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('233', '16', '79');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('234', '16', '94');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('235', '16', '102');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('236', '16', '116');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('237', '16', '4');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('238', '16', '15');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('239', '16', '21');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('240', '16', '115');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('241', '16', '131');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('242', '16', '37');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('243', '17', '147');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('244', '17', '9');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('245', '17', '111');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('246', '17', '132');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('247', '17', '117');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('248', '17', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('249', '17', '89');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('250', '17', '131');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('251', '18', '67');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('252', '18', '110');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('253', '18', '135');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('254', '18', '4');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('255', '18', '21');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('256', '18', '31');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('257', '18', '77');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('258', '18', '82');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('259', '18', '11');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('260', '18', '15');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('261', '18', '49');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('262', '18', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('263', '18', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('264', '18', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('265', '18', '80');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('266', '18', '14');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('267', '18', '30');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('268', '18', '86');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('269', '18', '94');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('270', '18', '76');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('271', '19', '1');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('272', '19', '100');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('273', '19', '29');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('274', '19', '61');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('275', '19', '114');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('276', '19', '95');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('277', '19', '120');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('278', '19', '122');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('279', '19', '149');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('280', '19', '49');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('281', '19', '52');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('282', '19', '137');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('283', '19', '30');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('284', '20', '23');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('285', '20', '29');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('286', '20', '42');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('287', '20', '81');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('288', '20', '83');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('289', '20', '139');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('290', '20', '66');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('291', '20', '149');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('292', '20', '33');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('293', '20', '62');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('294', '20', '94');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('295', '20', '117');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('296', '20', '122');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('297', '20', '126');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('298', '20', '131');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('299', '20', '6');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('300', '20', '20');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('301', '20', '111');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('302', '20', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('303', '20', '134');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('304', '20', '15');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('305', '20', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('306', '20', '71');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('307', '20', '86');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('308', '20', '113');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('309', '20', '125');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('310', '20', '140');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('311', '20', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('312', '21', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('313', '21', '52');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('314', '21', '67');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('315', '21', '100');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('316', '21', '41');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('317', '21', '54');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('318', '21', '79');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('319', '21', '80');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('320', '21', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('321', '21', '99');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('322', '21', '132');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('323', '21', '145');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('324', '21', '7');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('325', '21', '34');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('326', '21', '38');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('327', '21', '84');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('328', '21', '5');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('329', '21', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('330', '21', '101');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('331', '21', '114');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('332', '21', '119');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('333', '21', '127');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('334', '21', '143');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('335', '21', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('336', '21', '53');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('337', '21', '83');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('338', '21', '142');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('339', '21', '123');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('340', '21', '15');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('341', '21', '25');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('342', '21', '71');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('343', '21', '140');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('344', '22', '3');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('345', '22', '111');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('346', '22', '117');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('347', '22', '29');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('348', '22', '91');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('349', '22', '110');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('350', '22', '18');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('351', '22', '30');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('352', '22', '33');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('353', '22', '49');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('354', '22', '66');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('355', '22', '108');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('356', '22', '145');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('357', '22', '20');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('358', '22', '38');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('359', '22', '143');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('360', '22', '75');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('361', '22', '142');
INSERT INTO "report_names" ("id", "session_id", "account_id") VALUES ('362', '22', '79');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('1', '1', '1', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('2', '1', '1', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('3', '1', '2', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('4', '1', '2', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('5', '1', '3', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('6', '1', '3', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('7', '1', '3', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('8', '1', '4', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('9', '1', '4', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('10', '1', '4', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('11', '1', '5', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('12', '1', '5', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('13', '1', '5', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('14', '1', '6', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('15', '1', '6', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('16', '1', '6', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('17', '1', '7', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('18', '1', '7', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('19', '1', '7', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('20', '1', '14', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('21', '1', '14', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('22', '1', '14', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('23', '1', '17', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('24', '1', '17', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('25', '1', '17', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('26', '1', '21', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('27', '1', '21', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('28', '1', '22', 'session', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('29', '1', '22', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('30', '1', '23', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('31', '1', '23', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('32', '1', '23', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('33', '1', '24', 'session', '3', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('34', '1', '24', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('35', '1', '25', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('36', '1', '25', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('37', '1', '25', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('38', '1', '28', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('39', '1', '28', 'session', '1', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('40', '1', '30', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('41', '1', '30', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('42', '1', '30', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('43', '1', '34', 'action', '3', '3');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('44', '1', '36', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('45', '1', '36', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('46', '1', '36', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('47', '1', '39', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('48', '1', '39', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('49', '1', '39', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('50', '1', '40', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('51', '1', '40', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('52', '1', '40', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('53', '1', '41', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('54', '1', '41', 'action', '3', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('55', '1', '45', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('56', '1', '45', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('57', '1', '45', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('58', '1', '48', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('59', '1', '48', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('60', '1', '48', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('61', '1', '49', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('62', '1', '49', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('63', '1', '49', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('64', '1', '52', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('65', '1', '52', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('66', '1', '52', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('67', '1', '53', 'action', '3', '3');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('68', '1', '54', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('69', '1', '54', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('70', '1', '54', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('71', '1', '57', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('72', '1', '57', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('73', '1', '57', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('74', '1', '59', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('75', '1', '59', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('76', '1', '59', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('77', '1', '66', 'action', '1', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('78', '1', '66', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('79', '1', '67', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('80', '1', '67', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('81', '1', '67', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('82', '1', '69', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('83', '1', '69', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('84', '1', '69', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('85', '1', '71', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('86', '1', '71', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('87', '1', '71', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('88', '1', '74', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('89', '1', '74', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('90', '1', '74', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('91', '1', '75', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('92', '1', '75', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('93', '1', '75', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('94', '1', '77', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('95', '1', '77', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('96', '1', '77', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('97', '1', '80', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('98', '1', '80', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('99', '1', '80', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('100', '1', '83', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('101', '1', '83', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('102', '1', '83', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('103', '1', '85', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('104', '1', '85', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('105', '1', '85', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('106', '1', '90', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('107', '1', '90', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('108', '1', '90', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('109', '1', '91', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('110', '1', '91', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('111', '1', '91', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('112', '1', '92', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('113', '1', '92', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('114', '1', '93', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('115', '1', '93', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('116', '1', '93', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('117', '1', '94', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('118', '1', '94', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('119', '1', '94', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('120', '1', '96', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('121', '1', '96', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('122', '1', '96', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('123', '1', '99', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('124', '1', '99', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('125', '1', '99', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('126', '1', '104', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('127', '1', '104', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('128', '1', '104', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('129', '1', '108', 'action', '1', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('130', '1', '108', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('131', '1', '109', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('132', '1', '109', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('133', '1', '109', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('134', '1', '114', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('135', '1', '114', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('136', '1', '114', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('137', '1', '123', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('138', '1', '123', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('139', '1', '123', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('140', '1', '132', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('141', '1', '132', 'action', '1', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('142', '1', '133', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('143', '1', '133', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('144', '1', '135', 'action', '2', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('145', '1', '135', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('146', '1', '137', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('147', '1', '137', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('148', '1', '137', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('149', '1', '139', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('150', '1', '139', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('151', '1', '139', 'action', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('152', '1', '141', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('153', '1', '141', 'action', '3', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('154', '1', '142', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('155', '1', '142', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('156', '1', '142', 'session', '3', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('157', '1', '144', 'action', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('158', '1', '144', 'session', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('159', '1', '144', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('160', '1', '145', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('161', '1', '145', 'session', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('162', '1', '145', 'session', '1', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('163', '1', '149', 'session', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('164', '1', '149', 'session', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('165', '1', '149', 'action', '2', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('166', '2', '1', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('167', '2', '1', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('168', '2', '2', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('169', '2', '2', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('170', '2', '2', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('171', '2', '3', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('172', '2', '3', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('173', '2', '3', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('174', '2', '4', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('175', '2', '4', 'action', '4', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('176', '2', '5', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('177', '2', '5', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('178', '2', '5', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('179', '2', '6', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('180', '2', '6', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('181', '2', '6', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('182', '2', '7', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('183', '2', '7', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('184', '2', '7', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('185', '2', '10', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('186', '2', '10', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('187', '2', '10', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('188', '2', '13', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('189', '2', '13', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('190', '2', '13', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('191', '2', '18', 'session', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('192', '2', '18', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('193', '2', '19', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('194', '2', '19', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('195', '2', '19', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('196', '2', '21', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('197', '2', '21', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('198', '2', '21', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('199', '2', '22', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('200', '2', '22', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('201', '2', '23', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('202', '2', '23', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('203', '2', '23', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('204', '2', '24', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('205', '2', '24', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('206', '2', '24', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('207', '2', '25', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('208', '2', '25', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('209', '2', '25', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('210', '2', '26', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('211', '2', '26', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('212', '2', '26', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('213', '2', '31', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('214', '2', '31', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('215', '2', '31', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('216', '2', '32', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('217', '2', '32', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('218', '2', '36', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('219', '2', '36', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('220', '2', '36', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('221', '2', '39', 'session', '12', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('222', '2', '39', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('223', '2', '41', 'action', '4', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('224', '2', '41', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('225', '2', '43', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('226', '2', '43', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('227', '2', '43', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('228', '2', '46', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('229', '2', '46', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('230', '2', '46', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('231', '2', '48', 'session', '11', '3');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('232', '2', '49', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('233', '2', '49', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('234', '2', '51', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('235', '2', '51', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('236', '2', '53', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('237', '2', '53', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('238', '2', '55', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('239', '2', '55', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('240', '2', '55', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('241', '2', '64', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('242', '2', '64', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('243', '2', '64', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('244', '2', '68', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('245', '2', '68', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('246', '2', '68', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('247', '2', '74', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('248', '2', '74', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('249', '2', '74', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('250', '2', '75', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('251', '2', '75', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('252', '2', '76', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('253', '2', '76', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('254', '2', '76', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('255', '2', '78', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('256', '2', '78', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('257', '2', '78', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('258', '2', '82', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('259', '2', '82', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('260', '2', '82', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('261', '2', '87', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('262', '2', '87', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('263', '2', '88', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('264', '2', '88', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('265', '2', '88', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('266', '2', '91', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('267', '2', '91', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('268', '2', '91', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('269', '2', '93', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('270', '2', '93', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('271', '2', '93', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('272', '2', '96', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('273', '2', '96', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('274', '2', '96', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('275', '2', '98', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('276', '2', '98', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('277', '2', '98', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('278', '2', '100', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('279', '2', '100', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('280', '2', '102', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('281', '2', '102', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('282', '2', '102', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('283', '2', '105', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('284', '2', '105', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('285', '2', '105', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('286', '2', '109', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('287', '2', '109', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('288', '2', '109', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('289', '2', '111', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('290', '2', '111', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('291', '2', '112', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('292', '2', '112', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('293', '2', '112', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('294', '2', '114', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('295', '2', '114', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('296', '2', '115', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('297', '2', '115', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('298', '2', '115', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('299', '2', '116', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('300', '2', '116', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('301', '2', '116', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('302', '2', '120', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('303', '2', '120', 'session', '12', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('304', '2', '122', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('305', '2', '122', 'session', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('306', '2', '123', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('307', '2', '123', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('308', '2', '123', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('309', '2', '129', 'action', '6', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('310', '2', '129', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('311', '2', '130', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('312', '2', '130', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('313', '2', '130', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('314', '2', '132', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('315', '2', '132', 'session', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('316', '2', '132', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('317', '2', '135', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('318', '2', '135', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('319', '2', '135', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('320', '2', '136', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('321', '2', '136', 'session', '12', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('322', '2', '136', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('323', '2', '140', 'session', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('324', '2', '140', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('325', '2', '140', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('326', '2', '141', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('327', '2', '141', 'action', '4', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('328', '2', '142', 'action', '5', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('329', '2', '142', 'session', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('330', '2', '144', 'action', '5', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('331', '2', '144', 'session', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('332', '2', '144', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('333', '2', '148', 'session', '11', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('334', '2', '148', 'action', '6', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('335', '3', '1', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('336', '3', '1', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('337', '3', '1', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('338', '3', '2', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('339', '3', '2', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('340', '3', '2', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('341', '3', '3', 'session', '20', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('342', '3', '3', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('343', '3', '4', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('344', '3', '4', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('345', '3', '4', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('346', '3', '5', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('347', '3', '5', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('348', '3', '5', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('349', '3', '6', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('350', '3', '6', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('351', '3', '6', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('352', '3', '7', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('353', '3', '7', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('354', '3', '7', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('355', '3', '8', 'action', '10', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('356', '3', '8', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('357', '3', '9', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('358', '3', '9', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('359', '3', '9', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('360', '3', '11', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('361', '3', '11', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('362', '3', '11', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('363', '3', '13', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('364', '3', '13', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('365', '3', '13', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('366', '3', '14', 'session', '20', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('367', '3', '14', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('368', '3', '15', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('369', '3', '15', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('370', '3', '15', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('371', '3', '18', 'action', '9', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('372', '3', '18', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('373', '3', '19', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('374', '3', '19', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('375', '3', '19', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('376', '3', '20', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('377', '3', '20', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('378', '3', '20', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('379', '3', '21', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('380', '3', '21', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('381', '3', '21', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('382', '3', '23', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('383', '3', '23', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('384', '3', '23', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('385', '3', '25', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('386', '3', '25', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('387', '3', '25', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('388', '3', '29', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('389', '3', '29', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('390', '3', '29', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('391', '3', '30', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('392', '3', '30', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('393', '3', '30', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('394', '3', '31', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('395', '3', '31', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('396', '3', '31', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('397', '3', '33', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('398', '3', '33', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('399', '3', '33', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('400', '3', '34', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('401', '3', '34', 'action', '11', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('402', '3', '37', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('403', '3', '37', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('404', '3', '37', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('405', '3', '38', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('406', '3', '38', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('407', '3', '38', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('408', '3', '41', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('409', '3', '41', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('410', '3', '41', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('411', '3', '42', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('412', '3', '42', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('413', '3', '42', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('414', '3', '46', 'action', '9', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('415', '3', '46', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('416', '3', '47', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('417', '3', '47', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('418', '3', '47', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('419', '3', '49', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('420', '3', '49', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('421', '3', '49', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('422', '3', '52', 'session', '16', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('423', '3', '52', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('424', '3', '53', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('425', '3', '53', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('426', '3', '53', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('427', '3', '54', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('428', '3', '54', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('429', '3', '54', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('430', '3', '57', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('431', '3', '57', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('432', '3', '57', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('433', '3', '58', 'session', '22', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('434', '3', '58', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('435', '3', '61', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('436', '3', '61', 'action', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('437', '3', '62', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('438', '3', '62', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('439', '3', '62', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('440', '3', '65', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('441', '3', '65', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('442', '3', '65', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('443', '3', '66', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('444', '3', '66', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('445', '3', '66', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('446', '3', '67', 'action', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('447', '3', '67', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('448', '3', '68', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('449', '3', '68', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('450', '3', '68', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('451', '3', '69', 'action', '9', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('452', '3', '69', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('453', '3', '71', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('454', '3', '71', 'session', '14', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('455', '3', '74', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('456', '3', '74', 'action', '10', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('457', '3', '75', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('458', '3', '75', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('459', '3', '75', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('460', '3', '76', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('461', '3', '76', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('462', '3', '76', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('463', '3', '77', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('464', '3', '77', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('465', '3', '77', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('466', '3', '79', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('467', '3', '79', 'action', '10', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('468', '3', '80', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('469', '3', '80', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('470', '3', '80', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('471', '3', '81', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('472', '3', '81', 'session', '13', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('473', '3', '82', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('474', '3', '82', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('475', '3', '82', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('476', '3', '83', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('477', '3', '83', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('478', '3', '83', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('479', '3', '84', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('480', '3', '84', 'action', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('481', '3', '86', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('482', '3', '86', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('483', '3', '86', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('484', '3', '88', 'action', '9', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('485', '3', '88', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('486', '3', '89', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('487', '3', '89', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('488', '3', '89', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('489', '3', '91', 'action', '11', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('490', '3', '91', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('491', '3', '92', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('492', '3', '92', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('493', '3', '92', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('494', '3', '94', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('495', '3', '94', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('496', '3', '94', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('497', '3', '95', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('498', '3', '95', 'session', '15', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('499', '3', '96', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('500', '3', '96', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('501', '3', '96', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('502', '3', '99', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('503', '3', '99', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('504', '3', '99', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('505', '3', '100', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('506', '3', '100', 'action', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('507', '3', '101', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('508', '3', '101', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('509', '3', '101', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('510', '3', '102', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('511', '3', '102', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('512', '3', '102', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('513', '3', '103', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('514', '3', '103', 'session', '21', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('515', '3', '105', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('516', '3', '105', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('517', '3', '105', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('518', '3', '108', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('519', '3', '108', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('520', '3', '108', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('521', '3', '109', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('522', '3', '109', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('523', '3', '109', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('524', '3', '110', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('525', '3', '110', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('526', '3', '110', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('527', '3', '111', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('528', '3', '111', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('529', '3', '111', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('530', '3', '113', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('531', '3', '113', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('532', '3', '113', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('533', '3', '114', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('534', '3', '114', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('535', '3', '114', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('536', '3', '115', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('537', '3', '115', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('538', '3', '115', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('539', '3', '116', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('540', '3', '116', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('541', '3', '116', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('542', '3', '117', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('543', '3', '117', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('544', '3', '117', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('545', '3', '119', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('546', '3', '119', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('547', '3', '119', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('548', '3', '120', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('549', '3', '120', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('550', '3', '120', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('551', '3', '121', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('552', '3', '121', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('553', '3', '121', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('554', '3', '122', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('555', '3', '122', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('556', '3', '122', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('557', '3', '123', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('558', '3', '123', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('559', '3', '123', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('560', '3', '125', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('561', '3', '125', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('562', '3', '125', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('563', '3', '126', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('564', '3', '126', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('565', '3', '126', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('566', '3', '127', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('567', '3', '127', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('568', '3', '127', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('569', '3', '129', 'session', '21', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('570', '3', '129', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('571', '3', '129', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('572', '3', '131', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('573', '3', '131', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('574', '3', '131', 'session', '17', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('575', '3', '132', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('576', '3', '132', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('577', '3', '132', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('578', '3', '133', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('579', '3', '133', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('580', '3', '133', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('581', '3', '134', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('582', '3', '134', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('583', '3', '134', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('584', '3', '135', 'action', '10', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('585', '3', '135', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('586', '3', '137', 'session', '20', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('587', '3', '137', 'session', '14', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('588', '3', '137', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('589', '3', '139', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('590', '3', '139', 'session', '18', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('591', '3', '139', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('592', '3', '140', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('593', '3', '140', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('594', '3', '140', 'action', '10', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('595', '3', '141', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('596', '3', '141', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('597', '3', '141', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('598', '3', '142', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('599', '3', '142', 'action', '7', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('600', '3', '143', 'session', '15', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('601', '3', '143', 'action', '11', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('602', '3', '143', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('603', '3', '145', 'action', '9', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('604', '3', '145', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('605', '3', '145', 'session', '22', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('606', '3', '147', 'session', '13', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('607', '3', '147', 'action', '8', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('608', '3', '147', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('609', '3', '149', 'action', '9', '2');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('610', '3', '149', 'session', '16', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('611', '3', '150', 'action', '7', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('612', '3', '150', 'session', '19', '1');
INSERT INTO "votes" ("id", "gathering_id", "account_id", "target_kind", "target_id", "dots") VALUES ('613', '3', '150', 'action', '11', '1');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('1', '1', '1', 'A phone tree for every street', NULL, 'done', '2', '1775399400');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('2', '1', '2', 'Open day for our partners at the cooperative', NULL, 'done', '2', '1775399400');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('3', '1', '3', 'River clean-up day with the rowing club', NULL, 'done', '1', '1775399400');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('4', '2', '7', 'Warm rooms on weekday afternoons', NULL, 'done', '2', '1785769200');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('5', '2', '8', 'A message group to warn of ice at the weir', NULL, 'done', '2', '1785769200');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('6', '2', '9', 'Record the elders'' river stories for the archive', NULL, 'doing', '6', '1785769200');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('7', '3', '13', 'Plant 200 willows on the east bank', '2027-03-15', 'done', '6', '1793541600');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('8', '3', '14', 'Pilot month of the clinic van', '2027-01-15', 'doing', '7', '1793541600');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('9', '3', '15', 'First repair café', '2026-12-12', 'done', '2', '1793541600');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('10', '3', '16', 'Publish the water data under CC-BY', NULL, 'open', '8', '1793541600');
INSERT INTO "actions" ("id", "gathering_id", "session_id", "title", "due_on", "status", "created_by", "created_at") VALUES ('11', '3', '17', 'Two youth seats on the cooperative board', '2027-06-30', 'doing', '9', '1793541600');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('1', '2', '85');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('2', '1', '2');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('3', '2', '2');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('4', '3', '1');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('5', '6', '148');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('6', '4', '2');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('7', '5', '2');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('8', '6', '6');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('9', '9', '3');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('10', '10', '42');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('11', '7', '77');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('12', '7', '101');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('13', '9', '103');
INSERT INTO "action_owners" ("id", "action_id", "account_id") VALUES ('14', '11', '123');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('1', '1', '1', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('2', '1', '2', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('3', '1', '3', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('4', '1', '4', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('5', '1', '5', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('6', '1', '6', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('7', '1', '7', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('8', '1', '117', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('9', '1', '47', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('10', '1', '147', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('11', '1', '63', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('12', '1', '84', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('13', '1', '52', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('14', '1', '142', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('15', '1', '114', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('16', '1', '101', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('17', '1', '14', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('18', '1', '85', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('19', '1', '93', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('20', '1', '8', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('21', '1', '24', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('22', '1', '130', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('23', '1', '145', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('24', '1', '86', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('25', '1', '21', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('26', '1', '75', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('27', '1', '100', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('28', '1', '102', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('29', '1', '143', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('30', '1', '104', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('31', '1', '13', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('32', '1', '62', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('33', '1', '66', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('34', '1', '108', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('35', '1', '45', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('36', '1', '71', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('37', '1', '120', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('38', '1', '122', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('39', '1', '35', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('40', '1', '38', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('41', '1', '90', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('42', '1', '139', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('43', '1', '150', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('44', '1', '125', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('45', '1', '105', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('46', '1', '83', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('47', '1', '87', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('48', '1', '134', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('49', '1', '72', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('50', '1', '124', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('51', '1', '115', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('52', '1', '33', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('53', '1', '135', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('54', '1', '50', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('55', '1', '98', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('56', '1', '30', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('57', '1', '25', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('58', '1', '103', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('59', '1', '68', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('60', '1', '121', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('61', '1', '10', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('62', '1', '111', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('63', '1', '110', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('64', '1', '131', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('65', '1', '48', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('66', '1', '133', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('67', '1', '58', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('68', '1', '39', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('69', '1', '43', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('70', '1', '31', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('71', '1', '41', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('72', '1', '144', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('73', '1', '15', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('74', '1', '132', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('75', '1', '74', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('76', '1', '12', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('77', '1', '149', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('78', '1', '26', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('79', '1', '59', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('80', '1', '23', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('81', '1', '42', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('82', '1', '146', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('83', '1', '40', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('84', '1', '70', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('85', '1', '106', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('86', '1', '119', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('87', '1', '116', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('88', '1', '92', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('89', '1', '95', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('90', '1', '64', '0', '1');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('91', '1', '113', '1', '0');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('92', '1', '18', '1', '0');
INSERT INTO "network_prefs" ("id", "community_id", "account_id", "opted_out", "share_metrics") VALUES ('93', '1', '53', '1', '0');
