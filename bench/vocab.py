"""Vietnamese word stock of the generator: names, titles, units, programmes and places."""

SURNAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
    ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đào", 1), ("Đoàn", 1), ("Trương", 1), ("Lương", 1),
    ("Hà", 1), ("Mai", 1), ("Tạ", 1), ("Đinh", 1), ("Lâm", 1), ("Cao", 1), ("Kiều", 1),
    ("Châu", 1), ("Y", 1), ("H'", 1),
)
MIDDLE_MEN = ("Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Công", "Đình", "Trọng", "Thanh",
              "Ngọc", "Anh", "Bảo", "Gia", "Mạnh", "Tiến", "Quốc", "Duy", "Hồng", "Kim")
MIDDLE_WOMEN = ("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Hoài", "Kim", "Hồng", "Mỹ",
                "Phương", "Bích", "Diệu", "Khánh", "Minh", "Thùy", "Xuân", "Lan")
GIVEN_MEN = ("An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hòa", "Hùng",
             "Huy", "Khánh", "Khoa", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang",
             "Sơn", "Tâm", "Thắng", "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Lộc", "Đông",
             "Hưng", "Kiên", "Lực", "Nghĩa", "Nhân", "Phát", "Tài", "Thịnh", "Toàn", "Vinh")
GIVEN_WOMEN = ("Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương",
               "Thảo", "Thủy", "Trang", "Trinh", "Vân", "Xuân", "Yến", "Đào", "Oanh", "Hằng",
               "Hiền", "Huệ", "Loan", "Ly", "My", "Nguyệt", "Nhàn", "Quyên", "Tâm", "Thơ",
               "Thúy", "Tuyết", "Uyên", "Vy", "Ánh", "Dung", "Giang", "Hoa", "Liên", "Châu")

DEPARTMENTS = (
    "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Y tế",
    "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
    "Sở Khoa học và Công nghệ", "Sở Công Thương", "Văn phòng UBND tỉnh", "Thanh tra tỉnh",
    "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh",
    "Ban Dân tộc tỉnh", "Hội Khuyến học tỉnh", "Hội Cựu giáo chức tỉnh",
    "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Bảo hiểm xã hội tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
)
DISTRICTS = ("Krông Pắc", "Cư M'gar", "Ea Kar", "Buôn Đôn", "Lắk", "Krông Bông", "Ea H'leo",
             "Krông Năng", "M'Đrắk", "Cư Kuin", "Krông Ana", "Ea Súp", "Krông Búk")
DISTRICT_UNITS = ("UBND huyện {d}", "Phòng Giáo dục và Đào tạo huyện {d}",
                  "Phòng Tài chính - Kế hoạch huyện {d}", "Trung tâm Y tế huyện {d}",
                  "Trường THPT {d}", "Phòng Nội vụ huyện {d}")
OFFICES = ("Văn phòng Sở", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ",
           "Phòng Giáo dục Trung học - Giáo dục thường xuyên", "Phòng Giáo dục Tiểu học",
           "Phòng Giáo dục Mầm non", "Phòng Khảo thí và Kiểm định chất lượng giáo dục",
           "Thanh tra Sở", "Phòng Chính trị tư tưởng và Công tác học sinh, sinh viên")

TITLES = (
    "Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng phòng",
    "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên chính", "Chánh Thanh tra",
    "Phó Chánh Thanh tra", "Kế toán trưởng", "Chủ tịch", "Phó Chủ tịch", "Hiệu trưởng",
    "Phó Hiệu trưởng", "Bí thư Đảng ủy", "Thanh tra viên", "Giám đốc Trung tâm",
)
GROUP_NAMES = ("Đại diện lãnh đạo {u}", "Thường trực {u}", "Đại diện các phòng chuyên môn {u}",
               "Lãnh đạo và chuyên viên {u}")

PROGRAMMES = (
    "Chương trình số 55/CTrPH về đẩy mạnh công tác khuyến học, khuyến tài",
    "Kế hoạch chuyển đổi số ngành giáo dục giai đoạn 2022 - 2025",
    "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập",
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "Kế hoạch cải cách hành chính năm {y}",
    "Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo",
    "Đề án xây dựng xã hội học tập giai đoạn 2021 - 2030",
    "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}",
    "Chương trình giáo dục phổ thông 2018",
    "Kế hoạch thực hành tiết kiệm, chống lãng phí năm {y}",
    "Dự án đầu tư xây dựng trường THPT chuyên Nguyễn Du (giai đoạn 2)",
    "Kế hoạch tuyển sinh vào lớp 10 năm học {y} - {y1}",
    "Đề án phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục",
    "Kế hoạch kiểm tra công tác phòng, chống tham nhũng năm {y}",
)
PLACES = ("Hội trường Sở Giáo dục và Đào tạo", "Phòng họp số 1, tầng 2", "Phòng họp trực tuyến",
          "Hội trường UBND tỉnh", "Phòng họp giao ban", "Trường THPT chuyên Nguyễn Du",
          "Hội trường Trung tâm Hội nghị tỉnh", "Phòng họp Ban Giám đốc")
DEADLINE_WORDS = ("Thường xuyên", "Quý IV/{y}", "Quý I/{y1}", "Trước ngày 30/6/{y1}",
                  "Trong tháng 12/{y}", "Hằng quý", "Trước kỳ họp HĐND tỉnh cuối năm {y}")
