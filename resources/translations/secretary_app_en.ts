<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Nội dung, chương trình</source>
            <translation>Agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Thêm nội dung: gõ rồi Enter</source>
            <translation>Add an agenda item: type, then Enter</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nội dung, chương trình&lt;/b&gt;</source>
            <translation>&lt;b&gt;Agenda&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Xóa nội dung</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Thêm nội dung</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <source>Sửa nội dung</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <source>Đổi thứ tự nội dung</source>
            <translation>Reorder agenda</translation>
        </message>
    </context>
    <context>
        <name>AttendeeEdits</name>
        <message>
            <source>Sửa người tham dự</source>
            <translation>Edit attendee</translation>
        </message>
        <message>
            <source>Đổi vai trò</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Chọn chủ trì</source>
            <translation>Choose chair</translation>
        </message>
        <message>
            <source>Chọn thư ký</source>
            <translation>Choose secretary</translation>
        </message>
    </context>
    <context>
        <name>AttendeeEntry</name>
        <message>
            <source>Thêm người: gõ vài chữ của tên (không cần dấu), Enter để thêm</source>
            <translation>Add a person: type a few letters of the name (accents optional), Enter to add</translation>
        </message>
        <message>
            <source>Đ&amp;oàn / đại diện</source>
            <translation>&amp;Delegation / representatives</translation>
        </message>
        <message>
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>&amp;Dán danh sách</source>
            <translation>&amp;Paste list</translation>
        </message>
        <message>
            <source>Dán danh sách tên (mỗi dòng một người, hoặc bảng chép từ Word/Excel) — Ctrl+Shift+V</source>
            <translation>Paste a list of names (one person per line, or a table copied from Word/Excel) — Ctrl+Shift+V</translation>
        </message>
        <message>
            <source>Thêm người mới</source>
            <translation>Add a new person</translation>
        </message>
        <message>
            <source>«%1» chưa có trong danh bạ, nhưng là một phần tên của người đã biết (chọn họ bằng mũi tên xuống rồi Enter).

Thêm một người mới tên «%1»?</source>
            <translation>“%1” is not in the directory, but it is part of names you know (choose one with the Down arrow, then Enter).

Add a new person named “%1”?</translation>
        </message>
    </context>
    <context>
        <name>AttendeesModel</name>
        <message>
            <source>Họ và tên / đoàn</source>
            <translation>Name / delegation</translation>
        </message>
        <message>
            <source>Chức vụ</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Tham dự</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Giờ đến / lý do vắng</source>
            <translation>Arrival time / reason for absence</translation>
        </message>
        <message>
            <source>Đoàn</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Số người</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Đoàn, đại diện: một dòng cho cả nhóm</source>
            <translation>Delegation or representatives: one row for the whole group</translation>
        </message>
    </context>
    <context>
        <name>AttendeesPage</name>
        <message>
            <source>theo danh sách</source>
            <translation>from the list</translation>
        </message>
        <message>
            <source>Tổng số được triệu tập (đảng viên của chi bộ, đại biểu của hội đồng …); để trống thì đếm theo danh sách</source>
            <translation>How many were convened (members of the cell, deputies of the council …); leave empty to count from the list</translation>
        </message>
        <message>
            <source>Tổng số triệu tậ&amp;p:</source>
            <translation>&amp;Convened in total:</translation>
        </message>
        <message>
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Là chủ trì</source>
            <translation>Make chair</translation>
        </message>
        <message>
            <source>Là thư ký</source>
            <translation>Make secretary</translation>
        </message>
        <message>
            <source>Dán danh sách</source>
            <translation>Paste list</translation>
        </message>
        <message>
            <source>Sửa tổng số triệu tập</source>
            <translation>Edit the convened total</translation>
        </message>
        <message>
            <source>Thêm người tham dự</source>
            <translation>Add attendee</translation>
        </message>
        <message>
            <source>Đổi thứ tự người tham dự</source>
            <translation>Reorder attendees</translation>
        </message>
        <message>
            <source>Xóa người tham dự</source>
            <translation>Delete attendee</translation>
        </message>
        <message>
            <source>Không đọc được tên nào trong nội dung đã dán.</source>
            <translation>No names could be read from the pasted text.</translation>
        </message>
        <message>
            <source>Dán danh sách người tham dự</source>
            <translation>Paste list of attendees</translation>
        </message>
        <message numerus="yes">
            <source>Đã thêm %n người.</source>
            <translation>
                <numerusform>Added %n person.</numerusform>
                <numerusform>Added %n people.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Nhật ký biên bản — %1</source>
            <translation>Minutes log — %1</translation>
        </message>
        <message>
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Việc</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Lý do / chi tiết</source>
            <translation>Reason / details</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Chốt biên bản</source>
            <translation>Finalise minutes</translation>
        </message>
        <message>
            <source>Mở lại</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Sửa khi đã mở lại</source>
            <translation>Edited after reopening</translation>
        </message>
        <message>
            <source>Xuất tệp</source>
            <translation>File exported</translation>
        </message>
        <message>
            <source>Xóa cuộc họp</source>
            <translation>Delete meeting</translation>
        </message>
    </context>
    <context>
        <name>CarriedPanel</name>
        <message>
            <source>Nhiệm vụ của các cuộc họp trước</source>
            <translation>Tasks of earlier meetings</translation>
        </message>
        <message>
            <source>Cập nhật tình trạng…</source>
            <translation>Update status…</translation>
        </message>
        <message>
            <source>Enter trên nhiệm vụ đang chọn</source>
            <translation>Enter on the selected task</translation>
        </message>
        <message>
            <source>%1 nhiệm vụ, %2 quá hạn</source>
            <translation>%1 tasks, %2 overdue</translation>
        </message>
        <message>
            <source>Cuộc họp %1: %2</source>
            <translation>Meeting %1: %2</translation>
        </message>
        <message>
            <source>Thời hạn: %1</source>
            <translation>Deadline: %1</translation>
        </message>
        <message>
            <source>Cập nhật tình trạng nhiệm vụ</source>
            <translation>Update task status</translation>
        </message>
    </context>
    <context>
        <name>ConclusionEditor</name>
        <message>
            <source>Chọn một kết luận, hoặc thêm kết luận mới (Ctrl+Shift+K).</source>
            <translation>Choose a conclusion, or add a new one (Ctrl+Shift+K).</translation>
        </message>
    </context>
    <context>
        <name>ConclusionsPage</name>
        <message>
            <source>Thêm kết luận</source>
            <translation>Add conclusion</translation>
        </message>
        <message>
            <source>Thêm ý a), b)…</source>
            <translation>Add point a), b)…</translation>
        </message>
        <message>
            <source>Thêm nhiệm vụ</source>
            <translation>Add task</translation>
        </message>
        <message>
            <source>Chuyển lên</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Chuyển xuống</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Sửa nội dung</source>
            <translation>Edit text</translation>
        </message>
        <message>
            <source>đang thực hiện</source>
            <translation>open</translation>
        </message>
        <message>
            <source>đã hoàn thành</source>
            <translation>done</translation>
        </message>
        <message>
            <source>hủy</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>quá hạn</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>(chưa giao đơn vị)</source>
            <translation>(no unit assigned)</translation>
        </message>
        <message>
            <source>phối hợp: %1</source>
            <translation>coordinating: %1</translation>
        </message>
        <message>
            <source>hạn: %1</source>
            <translation>deadline: %1</translation>
        </message>
        <message>
            <source>Nhiệm vụ – %1</source>
            <translation>Task – %1</translation>
        </message>
        <message>
            <source>Kết luận %1</source>
            <translation>Conclusion %1</translation>
        </message>
        <message>
            <source>Ý %1 của kết luận %2</source>
            <translation>Point %1 of conclusion %2</translation>
        </message>
        <message>
            <source>Sửa kết luận</source>
            <translation>Edit conclusion</translation>
        </message>
        <message>
            <source>Sửa ý của kết luận</source>
            <translation>Edit point of conclusion</translation>
        </message>
        <message>
            <source>Sửa nhiệm vụ</source>
            <translation>Edit task</translation>
        </message>
        <message>
            <source>Không lưu được</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>Thêm ý của kết luận</source>
            <translation>Add point to conclusion</translation>
        </message>
        <message>
            <source>Xóa kết luận</source>
            <translation>Delete conclusion</translation>
        </message>
        <message>
            <source>Xóa ý của kết luận</source>
            <translation>Delete point of conclusion</translation>
        </message>
        <message>
            <source>Xóa nhiệm vụ</source>
            <translation>Delete task</translation>
        </message>
        <message>
            <source>Chuyển thứ tự</source>
            <translation>Reorder</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>Tệp dữ liệu bị hỏng</source>
            <translation>Damaged data file</translation>
        </message>
        <message>
            <source>Không đọc được tệp dữ liệu %1 (%2).

Tệp hỏng sẽ được giữ lại (đổi tên bên cạnh), không bị ghi đè.</source>
            <translation>The data file %1 cannot be read (%2).

The damaged file will be kept (renamed beside it), not overwritten.</translation>
        </message>
        <message>
            <source>Khôi phục bản sao lưu lúc %1</source>
            <translation>Restore the backup of %1</translation>
        </message>
        <message>
            <source>Không có bản sao lưu nào trong thư mục backups.</source>
            <translation>There is no backup in the backups folder.</translation>
        </message>
        <message>
            <source>Bắt đầu với dữ liệu trống</source>
            <translation>Start with empty data</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <source>Gộp mục trùng</source>
            <translation>Merge duplicates</translation>
        </message>
        <message>
            <source>Giữ lại mục:</source>
            <translation>Keep the entry:</translation>
        </message>
        <message>
            <source>Đổi tên đơn vị</source>
            <translation>Rename unit</translation>
        </message>
        <message>
            <source>Tên mới:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Danh bạ</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Lọc theo tên, chức vụ, đơn vị (không dấu được)</source>
            <translation>Filter by name, title, unit (accents optional)</translation>
        </message>
        <message>
            <source>&amp;Sửa…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Gộp các mục đã chọn…</source>
            <translation>&amp;Merge the selected entries…</translation>
        </message>
        <message>
            <source>&amp;Xóa các mục đã chọn</source>
            <translation>&amp;Delete selected entries</translation>
        </message>
        <message>
            <source>Đổi &amp;tên đơn vị…</source>
            <translation>Re&amp;name unit…</translation>
        </message>
        <message>
            <source>Đó&amp;ng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Người và đ&amp;oàn</source>
            <translation>&amp;People and delegations</translation>
        </message>
        <message>
            <source>Đơn &amp;vị</source>
            <translation>&amp;Units</translation>
        </message>
        <message>
            <source>Hãy chọn một mục để sửa.</source>
            <translation>Choose an entry to edit.</translation>
        </message>
        <message>
            <source>Hãy chọn ít nhất hai mục trùng nhau để gộp.</source>
            <translation>Choose at least two duplicate entries to merge.</translation>
        </message>
        <message>
            <source>Hãy chọn mục cần xóa.</source>
            <translation>Select the entries to delete.</translation>
        </message>
        <message>
            <source>Xóa %1 khỏi danh bạ? Các cuộc họp đã ghi tên vẫn giữ nguyên.</source>
            <translation>Delete %1 from the directory? Meetings that name them keep their text.</translation>
        </message>
        <message>
            <source>Hãy chọn một đơn vị.</source>
            <translation>Choose a unit.</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>(ký trực tiếp)</source>
            <translation>(signs directly)</translation>
        </message>
        <message>
            <source>GIÁM ĐỐC</source>
            <translation>GIÁM ĐỐC</translation>
        </message>
        <message>
            <source>PHÓ GIÁM ĐỐC</source>
            <translation>PHÓ GIÁM ĐỐC</translation>
        </message>
        <message>
            <source>Mỗi dòng một nơi nhận, ví dụ:
Ban Giám đốc Sở;
Các phòng thuộc Sở;</source>
            <translation>One recipient per line, for example:
Ban Giám đốc Sở;
Các phòng thuộc Sở;</translation>
        </message>
        <message>
            <source>VT, VP</source>
            <translation>VT, VP</translation>
        </message>
        <message>
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>&amp;Quyền hạn ký:</source>
            <translation>Signing &amp;capacity:</translation>
        </message>
        <message>
            <source>Chức vụ được ký tha&amp;y:</source>
            <translation>Title si&amp;gned for:</translation>
        </message>
        <message>
            <source>Chức vụ người &amp;ký:</source>
            <translation>Signer's t&amp;itle:</translation>
        </message>
        <message>
            <source>Nơi nhận:</source>
            <translation>&amp;Recipients:</translation>
        </message>
        <message>
            <source>Họ và tê&amp;n:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Lưu:</source>
            <translation>File c&amp;opy:</translation>
        </message>
        <message>
            <source>Chưa cấp số (bản dự thảo)</source>
            <translation>No number yet (draft)</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Không vẽ được bản xem trước: %1</source>
            <translation>Cannot draw the preview: %1</translation>
        </message>
        <message>
            <source>Không xuất được tệp: %1</source>
            <translation>Cannot export the file: %1</translation>
        </message>
        <message>
            <source>Đã xuất: %1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <source>Lưu ý: văn bản chưa có người ký (in dòng chấm để ký tay); điền họ tên người ký ở trang Văn bản.</source>
            <translation>Note: the document has no signer yet (a dotted line is printed for signing by hand); fill in the signer's name on the Documents page.</translation>
        </message>
        <message>
            <source>Tài liệu Word (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Xuất văn bản</source>
            <translation>Export document</translation>
        </message>
        <message>
            <source>Biên bản</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Thông báo kết luận</source>
            <translation>Notice of conclusions</translation>
        </message>
        <message>
            <source>Nghị quyết</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Quyết định</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Giấy mời</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Xuất Word</source>
            <translation>Export Word</translation>
        </message>
        <message>
            <source>Xuất PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Mở thư mục chứa tệp</source>
            <translation>Open containing folder</translation>
        </message>
        <message>
            <source>Ký số</source>
            <translation>Sign digitally</translation>
        </message>
        <message>
            <source>Kiểm tra chữ ký số</source>
            <translation>Check digital signatures</translation>
        </message>
        <message>
            <source>Sửa biên bản</source>
            <translation>Edit minutes</translation>
        </message>
        <message>
            <source>Sửa thông báo kết luận</source>
            <translation>Edit notice of conclusions</translation>
        </message>
        <message>
            <source>Sửa văn bản</source>
            <translation>Edit document</translation>
        </message>
        <message>
            <source>Sửa nội dung văn bản</source>
            <translation>Edit the document text</translation>
        </message>
        <message>
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Chọn tệp PDF để ký số</source>
            <translation>Choose a PDF file to sign</translation>
        </message>
        <message>
            <source>Không ký được: %1</source>
            <translation>Could not sign: %1</translation>
        </message>
        <message>
            <source>Chọn tệp PDF để kiểm tra chữ ký số</source>
            <translation>Choose a PDF file to check its digital signatures</translation>
        </message>
        <message>
            <source>Tệp không có chữ ký số: %1</source>
            <translation>The file has no digital signature: %1</translation>
        </message>
        <message>
            <source>Mọi chữ ký số đều hợp lệ: %1</source>
            <translation>Every digital signature is valid: %1</translation>
        </message>
        <message>
            <source>Có chữ ký số KHÔNG hợp lệ: %1</source>
            <translation>A digital signature is NOT valid: %1</translation>
        </message>
        <message>
            <source>Chữ ký số</source>
            <translation>Digital signatures</translation>
        </message>
    </context>
    <context>
        <name>DraftEditor</name>
        <message>
            <source>Nội dung văn bản</source>
            <translation>Document text</translation>
        </message>
        <message>
            <source>Mỗi người/đơn vị được mời một giấy mời &amp;riêng (mỗi giấy một trang, cùng một số)</source>
            <translation>A sepa&amp;rate invitation for each person or unit (a page each, one number)</translation>
        </message>
        <message>
            <source>Soạn lại từ các kết luận</source>
            <translation>Redraft from the conclusions</translation>
        </message>
        <message>
            <source>&amp;Trích yếu:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>Thẩm quyền &amp;ban hành:</source>
            <translation>Issuing &amp;body:</translation>
        </message>
        <message>
            <source>Căn cứ (&amp;mỗi dòng một căn cứ):</source>
            <translation>Legal bases (one per &amp;line):</translation>
        </message>
        <message>
            <source>Theo đề nghị / &amp;xét:</source>
            <translation>On the proposal of / &amp;considering:</translation>
        </message>
        <message>
            <source>Kết quả thán&amp;g trước:</source>
            <translation>Results of last &amp;month:</translation>
        </message>
        <message>
            <source>Các điề&amp;u (cách nhau một dòng trống):</source>
            <translation>Artic&amp;les (an empty line between them):</translation>
        </message>
        <message>
            <source>Tổ chức thực &amp;hiện:</source>
            <translation>&amp;Execution:</translation>
        </message>
        <message>
            <source>&amp;Kính mời (mỗi dòng một người/đơn vị):</source>
            <translation>&amp;Invited (one person or unit per line):</translation>
        </message>
        <message>
            <source>Liên hệ (người, điện th&amp;oại):</source>
            <translation>Contact (person, &amp;phone):</translation>
        </message>
        <message>
            <source>Điều {n} ← kết luận {c}</source>
            <translation>Article {n} ← conclusion {c}</translation>
        </message>
    </context>
    <context>
        <name>InfoPage</name>
        <message>
            <source>nghe báo cáo của … (ví dụ: Sở Tài chính, Sở Nội vụ)</source>
            <translation>reports heard from … (e.g. Department of Finance, Department of Home Affairs)</translation>
        </message>
        <message>
            <source>khi không phải cơ quan của người ký (ví dụ: Văn phòng Sở)</source>
            <translation>when not the signer's own body (e.g. Office of the Department)</translation>
        </message>
        <message>
            <source>giờ:phút</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>đến ngày</source>
            <translation>to</translation>
        </message>
        <message>
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Loại:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Ngày:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Mục đích:</source>
            <translation>P&amp;urpose:</translation>
        </message>
        <message>
            <source>Đơn vị &amp;báo cáo:</source>
            <translation>&amp;Reporting units:</translation>
        </message>
        <message>
            <source>Cơ &amp;quan thông báo:</source>
            <translation>Notifying &amp;body:</translation>
        </message>
        <message>
            <source>Tên c&amp;uộc họp:</source>
            <translation>Tit&amp;le:</translation>
        </message>
        <message>
            <source>Giờ họ&amp;p:</source>
            <translation>T&amp;ime:</translation>
        </message>
        <message>
            <source>Đị&amp;a điểm:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Chủ t&amp;rì:</source>
            <translation>&amp;Chair:</translation>
        </message>
        <message>
            <source>Thư &amp;ký:</source>
            <translation>Secretar&amp;y:</translation>
        </message>
        <message>
            <source>Sửa thông tin cuộc họp</source>
            <translation>Edit meeting information</translation>
        </message>
        <message>
            <source>Cuộc họp chưa có tên.</source>
            <translation>The meeting has no title.</translation>
        </message>
        <message>
            <source>Ngày kết thúc trước ngày bắt đầu: chưa lưu ngày kết thúc.</source>
            <translation>The end date is before the start date: the end date is not saved.</translation>
        </message>
        <message>
            <source>— chưa chọn —</source>
            <translation>— not chosen —</translation>
        </message>
        <message>
            <source>Chọn chủ trì</source>
            <translation>Choose chair</translation>
        </message>
        <message>
            <source>Chọn thư ký</source>
            <translation>Choose secretary</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>có mặt</source>
            <translation>present</translation>
        </message>
        <message>
            <source>đến muộn</source>
            <translation>late</translation>
        </message>
        <message>
            <source>vắng có lý do</source>
            <translation>absent with reason</translation>
        </message>
        <message>
            <source>vắng không lý do</source>
            <translation>absent without reason</translation>
        </message>
        <message>
            <source>chủ trì</source>
            <translation>chair</translation>
        </message>
        <message>
            <source>thư ký</source>
            <translation>secretary</translation>
        </message>
        <message>
            <source>thành viên</source>
            <translation>member</translation>
        </message>
        <message>
            <source>khách mời</source>
            <translation>guest</translation>
        </message>
        <message>
            <source>cuộc họp</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>hội nghị</source>
            <translation>conference</translation>
        </message>
        <message>
            <source>hội thảo</source>
            <translation>workshop</translation>
        </message>
        <message>
            <source>Cơ quan nhà nước (Nghị định 30/2020/NĐ-CP)</source>
            <translation>State body (Decree 30/2020/NĐ-CP)</translation>
        </message>
        <message>
            <source>Cơ quan Đảng (Hướng dẫn 36-HD/VPTW)</source>
            <translation>Party body (Guideline 36-HD/VPTW)</translation>
        </message>
    </context>
    <context>
        <name>LostDatabaseDialog</name>
        <message>
            <source>Tệp dữ liệu trống</source>
            <translation>The data file is empty</translation>
        </message>
        <message>
            <source>Tệp dữ liệu %1 trống hoặc không còn (hiện có: %2), nhưng bản sao lưu lúc %3 có %4 cuộc họp.

Khôi phục bản sao lưu đó? Tệp hiện tại (nếu có) được giữ lại tại %5; không bản sao lưu nào bị xóa.</source>
            <translation>The data file %1 is empty or gone (it holds: %2), but the backup of %3 holds %4 meetings.

Restore that backup? The current file (if any) is kept in %5; no backup is deleted.</translation>
        </message>
        <message>
            <source>Khôi phục bản sao lưu lúc %1</source>
            <translation>Restore the backup of %1</translation>
        </message>
        <message>
            <source>Bắt đầu với dữ liệu trống</source>
            <translation>Start with empty data</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Cuộc &amp;họp</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <source>&amp;Công cụ</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>Cà&amp;i đặt</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Tìm kiếm…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <source>&amp;Theo dõi thực hiện kết luận</source>
            <translation>Follow-up of &amp;conclusions</translation>
        </message>
        <message>
            <source>&amp;Sổ đăng ký văn bản đi</source>
            <translation>&amp;Register of outgoing documents</translation>
        </message>
        <message>
            <source>Danh &amp;bạ</source>
            <translation>&amp;Directory</translation>
        </message>
        <message>
            <source>Tìm trong lưu trữ &amp;văn phòng…</source>
            <translation>Search the &amp;office archive…</translation>
        </message>
        <message>
            <source>Mở thư mục chứa &amp;dữ liệu</source>
            <translation>Open the &amp;data folder</translation>
        </message>
        <message>
            <source>&amp;Cài đặt…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Cuộc họp &amp;mới</source>
            <translation>&amp;New meeting</translation>
        </message>
        <message>
            <source>Tạo từ cuộc họp t&amp;rước</source>
            <translation>New from the p&amp;revious meeting</translation>
        </message>
        <message>
            <source>&amp;Nhập gói cuộc họp (JSON)…</source>
            <translation>&amp;Import meeting package (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Xuất gói cuộc họp (JSON)…</source>
            <translation>&amp;Export meeting package (JSON)…</translation>
        </message>
        <message>
            <source>&amp;Thoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Lọc danh sách cuộc họp</source>
            <translation>&amp;Filter the meeting list</translation>
        </message>
        <message>
            <source>&amp;Danh sách cuộc họp</source>
            <translation>Meeting &amp;list</translation>
        </message>
        <message>
            <source>Ẩn/hiện danh sách cuộc &amp;họp</source>
            <translation>Show/hide the meeting &amp;list</translation>
        </message>
        <message>
            <source>Ghi toàn màn hình (chỉ diễn biến)</source>
            <translation>Full-screen capture (live view only)</translation>
        </message>
        <message>
            <source>Ý kiến &amp;mới</source>
            <translation>New &amp;opinion</translation>
        </message>
        <message>
            <source>Đưa &amp;nhiệm vụ chưa hoàn thành của cuộc họp trước vào cuộc họp này…</source>
            <translation>Carry open &amp;tasks of earlier meetings into this meeting…</translation>
        </message>
        <message>
            <source>&amp;Xóa cuộc họp…</source>
            <translation>&amp;Delete meeting…</translation>
        </message>
        <message>
            <source>&amp;Phím tắt</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Mở cuộc họp &amp;mẫu</source>
            <translation>Open the &amp;sample meeting</translation>
        </message>
        <message>
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Thư ký cuộc họp</source>
            <translation>Meeting Secretary</translation>
        </message>
        <message>
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <source>&lt;b&gt;Thư ký cuộc họp&lt;/b&gt; %1&lt;br&gt;Ghi biên bản và thông báo kết luận cuộc họp, không cần mạng. Dữ liệu: %2</source>
            <translation>&lt;b&gt;Meeting Secretary&lt;/b&gt; %1&lt;br&gt;Minutes and notices of conclusions of meetings, offline. Data: %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <source>Cuộc họp mới</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Tạo từ cuộc họp trước</source>
            <translation>New from the previous meeting</translation>
        </message>
        <message>
            <source>Hãy chọn cuộc họp trước (cuộc họp lần trước của loạt họp này) trong danh sách.</source>
            <translation>Select the previous meeting (the last one of this series) in the list.</translation>
        </message>
        <message>
            <source>Xóa hẳn cuộc họp «%1» cùng mọi ý kiến, kết luận và văn bản của nó? Không hoàn tác được.</source>
            <translation>Delete the meeting «%1» with all its opinions, conclusions and documents? This cannot be undone.</translation>
        </message>
        <message>
            <source>Xóa cuộc họp</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Nhập gói cuộc họp</source>
            <translation>Import meeting package</translation>
        </message>
        <message>
            <source>Gói cuộc họp không hợp lệ: %1</source>
            <translation>Invalid meeting package: %1</translation>
        </message>
        <message>
            <source>Không đọc được tệp: %1</source>
            <translation>Cannot read the file: %1</translation>
        </message>
        <message>
            <source>Xuất gói cuộc họp</source>
            <translation>Export meeting package</translation>
        </message>
        <message>
            <source>Không ghi được tệp: %1</source>
            <translation>Cannot write the file: %1</translation>
        </message>
        <message>
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Cuộc họp mẫu (không lưu vào dữ liệu của bạn)</source>
            <translation>Sample meeting (not saved in your data)</translation>
        </message>
    </context>
    <context>
        <name>MeetingClock</name>
        <message>
            <source>Bây giờ: %1</source>
            <translation>Now: %1</translation>
        </message>
        <message>
            <source>Đã họp: %1</source>
            <translation>Running: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Chưa chọn cuộc họp.

Ctrl+N: tạo cuộc họp mới
Ctrl+O: nhập gói cuộc họp
Trợ giúp → Mở cuộc họp mẫu: xem một cuộc họp đã ghi đầy đủ</source>
            <translation>No meeting selected.

Ctrl+N: new meeting
Ctrl+O: import a meeting package
Help → Open the sample meeting: see a fully recorded meeting</translation>
        </message>
        <message>
            <source>Thông tin</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Thành phần tham dự</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Diễn biến</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <source>Kết luận</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tên cuộc họp</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Việc</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Số nhiệm vụ đang thực hiện</source>
            <translation>Number of open tasks</translation>
        </message>
    </context>
    <context>
        <name>MeetingListPanel</name>
        <message>
            <source>Lọc theo tên hoặc ngày (Ctrl+F)…</source>
            <translation>Filter by title or date (Ctrl+F)…</translation>
        </message>
        <message>
            <source>Việc</source>
            <translation>Tasks</translation>
        </message>
        <message numerus="yes">
            <source>%n cuộc họp</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingRules</name>
        <message>
            <source>Chi bộ, đảng ủy</source>
            <translation>Party cell or committee</translation>
        </message>
        <message>
            <source>Hội đồng nhân dân</source>
            <translation>People's Council</translation>
        </message>
        <message>
            <source>Hội đồng trường</source>
            <translation>School council</translation>
        </message>
        <message>
            <source>Ban chấp hành hội</source>
            <translation>Association's executive committee</translation>
        </message>
        <message>
            <source>Cơ quan (giao ban)</source>
            <translation>Agency (briefing)</translation>
        </message>
        <message>
            <source>Khác (không kiểm tra)</source>
            <translation>Other (no checks)</translation>
        </message>
        <message>
            <source>không áp dụng</source>
            <translation>not applied</translation>
        </message>
        <message>
            <source>quá nửa</source>
            <translation>more than half</translation>
        </message>
        <message>
            <source>ít nhất một nửa</source>
            <translation>at least half</translation>
        </message>
        <message>
            <source>ít nhất hai phần ba</source>
            <translation>at least two thirds</translation>
        </message>
        <message>
            <source>tổng số thành viên</source>
            <translation>all members</translation>
        </message>
        <message>
            <source>số thành viên có mặt</source>
            <translation>the members present</translation>
        </message>
        <message>
            <source>số có quyền biểu quyết của từng lần</source>
            <translation>those entitled in each vote</translation>
        </message>
    </context>
    <context>
        <name>MeetingRulesForm</name>
        <message>
            <source>&amp;Loại tập thể họp:</source>
            <translation>&amp;Body type:</translation>
        </message>
        <message>
            <source>Điều kiện &amp;hợp lệ (số có mặt):</source>
            <translation>&amp;Quorum (present):</translation>
        </message>
        <message>
            <source>Biểu quyết thông qua &amp;khi tán thành:</source>
            <translation>A vote passes &amp;with in favour:</translation>
        </message>
        <message>
            <source>… tính trê&amp;n:</source>
            <translation>… o&amp;f:</translation>
        </message>
        <message>
            <source>Tỷ lệ % tính t&amp;rên:</source>
            <translation>Percenta&amp;ges of:</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Có</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Không</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Không ghi vào tệp này</source>
            <translation>Not writing to this file</translation>
        </message>
    </context>
    <context>
        <name>OfficeSearchDialog</name>
        <message>
            <source>Tìm trong lưu trữ văn phòng</source>
            <translation>Search the office archive</translation>
        </message>
        <message>
            <source>Từ cần tìm (không cần dấu), Enter để tìm</source>
            <translation>Words to find (accents optional), Enter to search</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tên cuộc họp</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Thư ký</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Người gửi</source>
            <translation>Published by</translation>
        </message>
        <message>
            <source>Phiên bản</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>&amp;Mở (chỉ đọc)</source>
            <translation>&amp;Open (read-only)</translation>
        </message>
        <message>
            <source>Tìm thấy %1 cuộc họp.</source>
            <translation>%1 meeting(s) found.</translation>
        </message>
        <message>
            <source>Đã mở bản chỉ đọc của “%1”.</source>
            <translation>Opened a read-only copy of “%1”.</translation>
        </message>
        <message>
            <source>Máy này chưa kết nối máy chủ văn phòng: vào Cài đặt → Máy chủ văn phòng.</source>
            <translation>This computer is not connected to an office server: see Settings → Office server.</translation>
        </message>
    </context>
    <context>
        <name>OfficeServerPage</name>
        <message>
            <source>&amp;Dùng máy chủ văn phòng (sổ đăng ký và lưu trữ chung)</source>
            <translation>&amp;Use the office server (shared register and archive)</translation>
        </message>
        <message>
            <source>&amp;Kiểm tra kết nối</source>
            <translation>&amp;Test the connection</translation>
        </message>
        <message>
            <source>Máy &amp;chủ:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Cổng:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Cơ sở &amp;dữ liệu:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;Tên đăng nhập:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Mã văn phòng:</source>
            <translation>&amp;Office code:</translation>
        </message>
        <message>
            <source>Mật &amp;khẩu:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Mật khẩu được giữ trong kho khóa của hệ điều hành, không lưu vào cơ sở dữ liệu hay tệp. Khi mất kết nối, mọi việc vẫn làm được trừ cấp số văn bản.</source>
            <translation>The password is kept in the operating system's keyring, never in the database or a file. Without a connection everything still works except issuing document numbers.</translation>
        </message>
        <message>
            <source>(đã lưu trong kho khóa; gõ để đổi)</source>
            <translation>(kept in the keyring; type to change it)</translation>
        </message>
        <message>
            <source>Hãy nhập máy chủ, cơ sở dữ liệu và tên đăng nhập.</source>
            <translation>Enter the host, the database and the user name.</translation>
        </message>
        <message>
            <source>Không kết nối được: %1</source>
            <translation>Could not connect: %1</translation>
        </message>
        <message>
            <source>Đã kết nối: %1</source>
            <translation>Connected: %1</translation>
        </message>
    </context>
    <context>
        <name>OpinionComposer</name>
        <message>
            <source>Ý kiến phát biểu… (Ctrl+Enter để ghi, kèm giờ)</source>
            <translation>What the speaker said… (Ctrl+Enter records it with the time)</translation>
        </message>
        <message>
            <source>Ghi ý kiến (Ctrl+Enter)</source>
            <translation>Record opinion (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Chọn người phát biểu số %1</source>
            <translation>Choose speaker number %1</translation>
        </message>
        <message>
            <source>Người phát biểu:</source>
            <translation>Speaker:</translation>
        </message>
        <message>
            <source>Chưa có nội dung chương trình: ý kiến ghi chung.</source>
            <translation>No agenda items yet: opinions are recorded for the meeting as a whole.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nội dung %1:&lt;/b&gt; %2 &lt;i&gt;(Alt+PgUp/PgDown để đổi)&lt;/i&gt;</source>
            <translation>&lt;b&gt;Agenda item %1:&lt;/b&gt; %2 &lt;i&gt;(Alt+PgUp/PgDown to change)&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Đã khôi phục bản nháp.</source>
            <translation>Draft restored.</translation>
        </message>
        <message>
            <source>Bản nháp đã lưu lúc %1</source>
            <translation>Draft saved at %1</translation>
        </message>
        <message>
            <source>Đã ghi ý kiến lúc %1.</source>
            <translation>Opinion recorded at %1.</translation>
        </message>
        <message>
            <source>Ghi ý kiến</source>
            <translation>Record opinion</translation>
        </message>
    </context>
    <context>
        <name>OpinionsModel</name>
        <message>
            <source>Giờ</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Người phát biểu</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Ý kiến</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>Mục</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Nội dung %1: %2</source>
            <translation>Agenda item %1: %2</translation>
        </message>
        <message>
            <source>Ngoài các nội dung: xếp theo giờ phát biểu, như khi in biên bản</source>
            <translation>Outside the agenda items: placed by the time it was said, as the minutes print it</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Hồ sơ cơ quan</source>
            <translation>Organisation profile</translation>
        </message>
        <message>
            <source>Thông tin này in ở góc trên bên trái của biên bản và thông báo kết luận. Có thể sửa sau trong Cài đặt.</source>
            <translation>This is printed at the top left of the minutes and notices of conclusions. It can be changed later in Settings.</translation>
        </message>
    </context>
    <context>
        <name>OrganizationForm</name>
        <message>
            <source>ví dụ: UBND TỈNH ĐẮK LẮK</source>
            <translation>for example: UBND TỈNH ĐẮK LẮK</translation>
        </message>
        <message>
            <source>ví dụ: SỞ GIÁO DỤC VÀ ĐÀO TẠO</source>
            <translation>for example: SỞ GIÁO DỤC VÀ ĐÀO TẠO</translation>
        </message>
        <message>
            <source>ví dụ: SGDĐT</source>
            <translation>for example: SGDĐT</translation>
        </message>
        <message>
            <source>ví dụ: Đắk Lắk</source>
            <translation>for example: Đắk Lắk</translation>
        </message>
        <message>
            <source>Cơ quan &amp;chủ quản:</source>
            <translation>&amp;Parent body:</translation>
        </message>
        <message>
            <source>Tên cơ &amp;quan ban hành:</source>
            <translation>&amp;Issuing body:</translation>
        </message>
        <message>
            <source>Chữ &amp;viết tắt:</source>
            <translation>&amp;Abbreviation:</translation>
        </message>
        <message>
            <source>Địa &amp;danh:</source>
            <translation>Place &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Thể thức văn bản:</source>
            <translation>Document &amp;style:</translation>
        </message>
        <message>
            <source>Đánh &amp;số văn bản:</source>
            <translation>Document n&amp;umbering:</translation>
        </message>
        <message>
            <source>Nhiệm kỳ cấp ủy &amp;bắt đầu:</source>
            <translation>Committee &amp;term starts:</translation>
        </message>
        <message>
            <source>Một dãy số chung cho mọi loại văn bản</source>
            <translation>One number series for all kinds of document</translation>
        </message>
        <message>
            <source>Mỗi loại văn bản một dãy số</source>
            <translation>One number series per kind of document</translation>
        </message>
        <message>
            <source>chưa đặt</source>
            <translation>not set</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Họ tên / đoàn</source>
            <translation>Name / delegation</translation>
        </message>
        <message>
            <source>Chức vụ gần nhất</source>
            <translation>Latest title</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Lần cuối</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Số cuộc họp</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Đoàn / đơn vị dự họp</source>
            <translation>Delegation / attending unit</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Sửa mục danh bạ</source>
            <translation>Edit directory entry</translation>
        </message>
        <message>
            <source>Các cuộc họp cũ vẫn giữ tên và chức vụ như lúc họp.</source>
            <translation>Earlier meetings keep the name and title as they were at the time.</translation>
        </message>
        <message>
            <source>&amp;Họ tên:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Chức vụ:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Đơn &amp;vị:</source>
            <translation>&amp;Unit:</translation>
        </message>
    </context>
    <context>
        <name>ProceedingsPage</name>
        <message>
            <source>Bắt đầu họp</source>
            <translation>Start meeting</translation>
        </message>
        <message>
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Xóa ý kiến</source>
            <translation>Delete opinion</translation>
        </message>
        <message>
            <source>Chuyển thành kết luận</source>
            <translation>Make it a conclusion</translation>
        </message>
        <message>
            <source>Nhiệm vụ của các cuộc họp trước</source>
            <translation>Tasks of earlier meetings</translation>
        </message>
        <message>
            <source>Biểu quyết</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Thêm nội dung</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <source>Ẩn/hiện cột nội dung và biểu quyết</source>
            <translation>Hide/show the agenda and vote column</translation>
        </message>
        <message>
            <source>Nội dung trước</source>
            <translation>Previous agenda item</translation>
        </message>
        <message>
            <source>Nội dung sau</source>
            <translation>Next agenda item</translation>
        </message>
        <message>
            <source>Cuộc họp này chưa có nhiệm vụ của các cuộc họp trước.</source>
            <translation>This meeting has no tasks carried from earlier meetings.</translation>
        </message>
        <message>
            <source>Giờ phải có dạng giờ:phút, ví dụ 09:30.</source>
            <translation>The time must be hours:minutes, for example 09:30.</translation>
        </message>
        <message>
            <source>Ý kiến trống: dùng Xóa ý kiến để bỏ.</source>
            <translation>Empty opinion: use Delete opinion to remove it.</translation>
        </message>
        <message>
            <source>Sửa ý kiến</source>
            <translation>Edit opinion</translation>
        </message>
        <message>
            <source>Ý kiến ngoài các nội dung đứng theo giờ phát biểu: sửa giờ để đổi chỗ.</source>
            <translation>An opinion outside the agenda items stands by the time it was said: change its time to move it.</translation>
        </message>
        <message>
            <source>Đổi thứ tự ý kiến</source>
            <translation>Reorder opinions</translation>
        </message>
        <message>
            <source>Chọn một ý kiến trong danh sách để chuyển thành kết luận.</source>
            <translation>Select an opinion in the list to turn it into a conclusion.</translation>
        </message>
        <message>
            <source>Chuyển ý kiến thành kết luận</source>
            <translation>Turn opinion into a conclusion</translation>
        </message>
        <message>
            <source>Đã thêm kết luận số %1.</source>
            <translation>Conclusion %1 added.</translation>
        </message>
    </context>
    <context>
        <name>Quorum</name>
        <message>
            <source>đủ số có mặt: cuộc họp hợp lệ</source>
            <translation>quorum met: the meeting is valid</translation>
        </message>
        <message>
            <source>Chưa đủ số có mặt để cuộc họp hợp lệ: cần ít nhất {need}/{total}</source>
            <translation>Quorum not met: at least {need}/{total} needed</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Mở lại biên bản</source>
            <translation>Reopen minutes</translation>
        </message>
        <message>
            <source>Lý do… (Ctrl+Enter để mở lại)</source>
            <translation>Reason… (Ctrl+Enter to reopen)</translation>
        </message>
        <message>
            <source>Mở lại</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Biên bản «%1» đã chốt. Lý do mở lại (được ghi vào nhật ký):</source>
            <translation>The minutes «%1» are finalised. Reason for reopening (written to the log):</translation>
        </message>
        <message>
            <source>Từ lúc chốt, các nguồn mà biên bản in (hồ sơ cơ quan, nhiệm vụ chuyển tiếp) đã thay đổi; sau khi mở lại, văn bản sẽ in theo dữ liệu mới:</source>
            <translation>Since the minutes were finalised, the sources they print (organisation profile, carried tasks) have changed; once reopened, the documents will print the new data:</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Sổ đăng ký văn bản đi</source>
            <translation>Register of outgoing documents</translation>
        </message>
        <message>
            <source>Dùng số đã giữ đang chọn</source>
            <translation>Use the selected reserved number</translation>
        </message>
        <message>
            <source>Cấp số &amp;biên bản</source>
            <translation>Number the &amp;minutes</translation>
        </message>
        <message>
            <source>Cấp số &amp;thông báo</source>
            <translation>Number the &amp;notice</translation>
        </message>
        <message>
            <source>Cấp số nghị q&amp;uyết</source>
            <translation>Number the res&amp;olution</translation>
        </message>
        <message>
            <source>Cấp số &amp;quyết định</source>
            <translation>Number the &amp;decision</translation>
        </message>
        <message>
            <source>&amp;Giữ số…</source>
            <translation>&amp;Reserve a number…</translation>
        </message>
        <message>
            <source>&amp;Hủy số…</source>
            <translation>Cancel a n&amp;umber…</translation>
        </message>
        <message>
            <source>Xuất &amp;Word…</source>
            <translation>Export &amp;Word…</translation>
        </message>
        <message>
            <source>Xuất &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <source>Xuất &amp;Excel…</source>
            <translation>Export &amp;Excel…</translation>
        </message>
        <message>
            <source>Đó&amp;ng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Loại:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Cấp số giấ&amp;y mời</source>
            <translation>Number the &amp;invitation</translation>
        </message>
        <message>
            <source>Nă&amp;m:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Tình t&amp;rạng:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Ngày ban hành:</source>
            <translation>Issued on:</translation>
        </message>
        <message>
            <source>Cuộc họp: %1</source>
            <translation>Meeting: %1</translation>
        </message>
        <message>
            <source>Chưa chọn cuộc họp để cấp số.</source>
            <translation>No meeting chosen to number.</translation>
        </message>
        <message>
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Cấp số</source>
            <translation>Issue number</translation>
        </message>
        <message>
            <source>Hãy chọn một số đang giữ trong bảng.</source>
            <translation>Choose a reserved number in the table.</translation>
        </message>
        <message>
            <source>biên bản</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>thông báo kết luận</source>
            <translation>notice of conclusions</translation>
        </message>
        <message>
            <source>nghị quyết</source>
            <translation>resolution</translation>
        </message>
        <message>
            <source>quyết định</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>giấy mời</source>
            <translation>invitation</translation>
        </message>
        <message>
            <source>Cấp số %1, ngày %2 cho %3 của cuộc họp này?

Số đã cấp không thu hồi được (chỉ có thể hủy số, có ghi lý do).</source>
            <translation>Give number %1, dated %2, to the %3 of this meeting?

A number given cannot be taken back (it can only be cancelled, with a reason).</translation>
        </message>
        <message>
            <source>Giữ số</source>
            <translation>Reserve a number</translation>
        </message>
        <message>
            <source>Loại văn bản:</source>
            <translation>Kind of document:</translation>
        </message>
        <message>
            <source>Giữ cho văn bản nào (ghi chú):</source>
            <translation>Reserved for which document (note):</translation>
        </message>
        <message>
            <source>Hủy số</source>
            <translation>Cancel a number</translation>
        </message>
        <message>
            <source>Hãy chọn một số trong bảng.</source>
            <translation>Choose a number in the table.</translation>
        </message>
        <message>
            <source>Lý do hủy số:</source>
            <translation>Reason for cancelling the number:</translation>
        </message>
        <message>
            <source>Xuất sổ đăng ký</source>
            <translation>Export the register</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Số, ký hiệu</source>
            <translation>Number and symbol</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <source>Biên bản đã chốt (SHA-256 %1…): nội dung bị khóa; muốn sửa hãy Mở lại biên bản.</source>
            <translation>Minutes finalised (SHA-256 %1…): the content is locked; to edit, reopen the minutes.</translation>
        </message>
        <message>
            <source>Chốt biên bản</source>
            <translation>Finalise minutes</translation>
        </message>
        <message>
            <source>Chốt biên bản «%1»? Sau khi chốt, nội dung không sửa được nữa trừ khi Mở lại có ghi lý do.</source>
            <translation>Finalise the minutes «%1»? Once finalised, the content cannot be edited unless reopened with a reason.</translation>
        </message>
        <message>
            <source>Mở lại biên bản</source>
            <translation>Reopen minutes</translation>
        </message>
        <message>
            <source>Sao lưu</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Đã sao lưu vào %1</source>
            <translation>Backed up to %1</translation>
        </message>
        <message>
            <source>Sao lưu ra tệp</source>
            <translation>Back up to a file</translation>
        </message>
        <message>
            <source>Kiểm tra dữ liệu</source>
            <translation>Check data</translation>
        </message>
        <message>
            <source>Không phát hiện lỗi.</source>
            <translation>No errors found.</translation>
        </message>
        <message>
            <source>Nhật ký lỗi</source>
            <translation>Error log</translation>
        </message>
        <message>
            <source>Tệp dữ liệu đang được dùng</source>
            <translation>The data file is in use</translation>
        </message>
        <message>
            <source>Không mở được dữ liệu</source>
            <translation>Cannot open the data</translation>
        </message>
        <message>
            <source>Chỉ mở để đọc</source>
            <translation>Opened read-only</translation>
        </message>
        <message>
            <source>Chưa sao lưu được</source>
            <translation>Backup not done</translation>
        </message>
        <message>
            <source>Tệp dữ liệu bị hỏng</source>
            <translation>Damaged data file</translation>
        </message>
        <message>
            <source>Kiểm tra SQLite báo lỗi: %1. Tệp này chưa được sao lưu. Hãy đóng rồi mở lại ứng dụng để khôi phục bản sao lưu gần nhất.</source>
            <translation>SQLite's check reports: %1. This file has not been backed up. Close and reopen the app to restore the latest backup.</translation>
        </message>
        <message>
            <source>Chưa lưu được thay đổi</source>
            <translation>Changes not saved</translation>
        </message>
        <message>
            <source>Tệp dữ liệu bị hỏng: thay đổi này CHƯA được lưu, để không ghi thêm vào tệp hỏng. Hãy đóng rồi mở lại ứng dụng để khôi phục bản sao lưu gần nhất.</source>
            <translation>The data file is damaged: this change was NOT saved, so as not to write more into a damaged file. Close and reopen the app to restore the latest backup.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Tìm kiếm</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Tên người, đơn vị, nội dung ý kiến, kết luận… (không cần gõ dấu)</source>
            <translation>Names, units, opinions, conclusions… (accents optional)</translation>
        </message>
        <message>
            <source>Không tìm được: %1</source>
            <translation>Search failed: %1</translation>
        </message>
        <message>
            <source>Không tìm thấy kết quả nào.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>%1 kết quả mới nhất (còn nữa — thêm từ để thu hẹp).</source>
            <translation>The %1 newest results (there are more — add words to narrow down).</translation>
        </message>
        <message>
            <source>%1 kết quả.</source>
            <translation>%1 results.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Ngôn ngữ &amp;giao diện:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>Chung</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Máy chủ văn phòng</source>
            <translation>Office server</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Chung</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Thành phần tham dự</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Danh sách</source>
            <translation>Lists</translation>
        </message>
        <message>
            <source>Diễn biến</source>
            <translation>Proceedings</translation>
        </message>
        <message>
            <source>Kết luận</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Cuộc họp mới</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Tạo từ cuộc họp trước: cùng nơi họp, thành phần (điểm danh lại), chương trình, người ký; mang theo nhiệm vụ chưa hoàn thành</source>
            <translation>New from the previous meeting: same place, attendees (roll call anew), agenda and signer; open tasks carried in</translation>
        </message>
        <message>
            <source>Nhập gói cuộc họp (JSON)</source>
            <translation>Import meeting package (JSON)</translation>
        </message>
        <message>
            <source>Xuất gói cuộc họp (JSON)</source>
            <translation>Export meeting package (JSON)</translation>
        </message>
        <message>
            <source>Lọc danh sách cuộc họp</source>
            <translation>Filter the meeting list</translation>
        </message>
        <message>
            <source>Chuyển đến danh sách cuộc họp</source>
            <translation>Go to the meeting list</translation>
        </message>
        <message>
            <source>Tìm kiếm trong mọi cuộc họp (không cần gõ dấu)</source>
            <translation>Search every meeting (accents optional)</translation>
        </message>
        <message>
            <source>Ẩn/hiện danh sách cuộc họp</source>
            <translation>Show/hide the meeting list</translation>
        </message>
        <message>
            <source>Ghi toàn màn hình: chỉ diễn biến, không danh sách bên cạnh (F11 lần nữa để trở lại)</source>
            <translation>Full-screen capture: the live view only, no side lists (F11 again to go back)</translation>
        </message>
        <message>
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Trang Thông tin, Thành phần, Diễn biến, Kết luận, Văn bản</source>
            <translation>Pages Information, Attendees, Proceedings, Conclusions, Documents</translation>
        </message>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Danh sách phím tắt</source>
            <translation>List of keyboard shortcuts</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Thêm người vừa gõ tên (chọn gợi ý bằng mũi tên)</source>
            <translation>Add the person whose name was typed (pick a suggestion with the arrow keys)</translation>
        </message>
        <message>
            <source>Dán danh sách tên (mỗi dòng một người, hoặc bảng Word/Excel)</source>
            <translation>Paste a list of names (one person per line, or a Word/Excel table)</translation>
        </message>
        <message>
            <source>Có mặt / đến muộn / vắng có lý do / vắng không lý do</source>
            <translation>Present / late / absent with reason / absent without reason</translation>
        </message>
        <message>
            <source>Đánh dấu chủ trì</source>
            <translation>Mark as chair</translation>
        </message>
        <message>
            <source>Đánh dấu thư ký</source>
            <translation>Mark as secretary</translation>
        </message>
        <message>
            <source>Chuyển dòng đang chọn lên / xuống (hoặc kéo thả)</source>
            <translation>Move the selected row up / down (or drag and drop)</translation>
        </message>
        <message>
            <source>Xóa dòng đang chọn</source>
            <translation>Delete the selected row</translation>
        </message>
        <message>
            <source>Sửa ô đang chọn</source>
            <translation>Edit the selected cell</translation>
        </message>
        <message>
            <source>Chọn người phát biểu có số đó (chủ trì trước, rồi người đã phát biểu ở nội dung này); con trỏ vẫn ở ô ý kiến</source>
            <translation>Choose the speaker with that number (the chair first, then those who already spoke on this item); the cursor stays in the opinion box</translation>
        </message>
        <message>
            <source>Chọn người phát biểu khác: gõ vài chữ của tên, không cần dấu; chỉ còn một người là nhận ngay</source>
            <translation>Choose another speaker: type a few letters of the name, accents optional; taken as soon as only one person matches</translation>
        </message>
        <message>
            <source>Ẩn/hiện cột nội dung và biểu quyết</source>
            <translation>Hide/show the agenda and vote column</translation>
        </message>
        <message>
            <source>Nội dung chương trình trước / sau (nơi ghi ý kiến mới)</source>
            <translation>Previous / next agenda item (where new opinions go)</translation>
        </message>
        <message>
            <source>Ghi ý kiến kèm giờ hiện tại và xóa ô để ghi tiếp</source>
            <translation>Record the opinion with the current time and clear the box for the next one</translation>
        </message>
        <message>
            <source>Chuyển ý kiến đang chọn thành kết luận</source>
            <translation>Turn the selected opinion into a conclusion</translation>
        </message>
        <message>
            <source>Nhập biểu quyết</source>
            <translation>Enter a vote</translation>
        </message>
        <message>
            <source>Thêm nội dung chương trình</source>
            <translation>Add an agenda item</translation>
        </message>
        <message>
            <source>Nhiệm vụ của các cuộc họp trước (Enter: cập nhật tình trạng)</source>
            <translation>Tasks of earlier meetings (Enter: update status)</translation>
        </message>
        <message>
            <source>Thêm kết luận</source>
            <translation>Add conclusion</translation>
        </message>
        <message>
            <source>Thêm ý a), b), c)… vào kết luận</source>
            <translation>Add a point a), b), c)… to the conclusion</translation>
        </message>
        <message>
            <source>Thêm nhiệm vụ</source>
            <translation>Add task</translation>
        </message>
        <message>
            <source>Xuất Word</source>
            <translation>Export Word</translation>
        </message>
        <message>
            <source>Xuất PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Mở thư mục chứa tệp đã xuất</source>
            <translation>Open the folder of the exported file</translation>
        </message>
        <message>
            <source>Ký số tệp PDF đã xuất</source>
            <translation>Sign the exported PDF digitally</translation>
        </message>
        <message>
            <source>Kiểm tra chữ ký số của tệp PDF</source>
            <translation>Check the digital signatures of a PDF file</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Phím tắt</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Ở đâu</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Phím</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Tác dụng</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Ký số tệp PDF</source>
            <translation>Sign a PDF file digitally</translation>
        </message>
        <message>
            <source>Tệp chứng thư số (.p12, .pfx)</source>
            <translation>Certificate file (.p12, .pfx)</translation>
        </message>
        <message>
            <source>Token USB (PKCS#11)</source>
            <translation>USB token (PKCS#11)</translation>
        </message>
        <message>
            <source>Chứng thư số (*.p12 *.pfx)</source>
            <translation>Certificates (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Thư viện PKCS#11 (*.so *.dll *.dylib)</source>
            <translation>PKCS#11 libraries (*.so *.dll *.dylib)</translation>
        </message>
        <message>
            <source>tệp .dll / .so do nhà cung cấp token cài</source>
            <translation>the .dll / .so file installed with the token</translation>
        </message>
        <message>
            <source>Ảnh PNG (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Tệp .p12:</source>
            <translation>.p12 file:</translation>
        </message>
        <message>
            <source>Thư viện token:</source>
            <translation>Token library:</translation>
        </message>
        <message>
            <source>Khe token:</source>
            <translation>Token slot:</translation>
        </message>
        <message>
            <source>Mật khẩu / mã PIN:</source>
            <translation>Password / PIN:</translation>
        </message>
        <message>
            <source>Ảnh chữ ký (xanh):</source>
            <translation>Signature image (blue):</translation>
        </message>
        <message>
            <source>Ảnh con dấu (đỏ):</source>
            <translation>Seal image (red):</translation>
        </message>
        <message>
            <source>Lưu tệp đã ký:</source>
            <translation>Save the signed file as:</translation>
        </message>
    </context>
    <context>
        <name>SpeakerPicker</name>
        <message>
            <source>Người phát biểu: gõ vài chữ của tên (Ctrl+E)</source>
            <translation>Speaker: type a few letters of the name (Ctrl+E)</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Cập nhật tình trạng nhiệm vụ</source>
            <translation>Update task status</translation>
        </message>
        <message>
            <source>Kết quả, văn bản báo cáo, lý do…</source>
            <translation>Result, report reference, reason…</translation>
        </message>
        <message>
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Lịch sử</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>TaskForm</name>
        <message>
            <source>31/12/2024, Thường xuyên, Quý IV/2024 …</source>
            <translation>31/12/2024, Thường xuyên (ongoing), Quý IV/2024 …</translation>
        </message>
        <message>
            <source>các đơn vị, cách nhau bởi dấu phẩy</source>
            <translation>units, separated by commas</translation>
        </message>
        <message>
            <source>Đơn vị chủ trì:</source>
            <translation>Lead unit:</translation>
        </message>
        <message>
            <source>Nội dung nhiệm vụ:</source>
            <translation>Task:</translation>
        </message>
        <message>
            <source>Đơn vị phối hợp:</source>
            <translation>Coordinating units:</translation>
        </message>
        <message>
            <source>Thời hạn:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>Tình trạng:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>quá hạn</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Ngày không có thật; hãy gõ dạng ngày/tháng/năm.</source>
            <translation>No such date; type it as day/month/year.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Đưa nhiệm vụ vào cuộc họp</source>
            <translation>Carry tasks into the meeting</translation>
        </message>
        <message>
            <source>Hãy mở một cuộc họp trước.</source>
            <translation>Open a meeting first.</translation>
        </message>
        <message>
            <source>Không có nhiệm vụ nào chưa hoàn thành của các cuộc họp trước.</source>
            <translation>No open tasks from earlier meetings.</translation>
        </message>
        <message>
            <source>Đưa %1 nhiệm vụ chưa hoàn thành của các cuộc họp trước vào mục đầu tiên “%2” của cuộc họp “%3”?</source>
            <translation>Carry %1 open tasks of earlier meetings into the first agenda item “%2” of the meeting “%3”?</translation>
        </message>
        <message>
            <source>Xuất báo cáo tình hình thực hiện kết luận</source>
            <translation>Export the report on implementation of conclusions</translation>
        </message>
        <message>
            <source>Chưa khai báo cơ quan: vào Cài đặt để khai báo trước.</source>
            <translation>No organisation yet: set it up in Settings first.</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <source>Đang thực hiện</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Đã hoàn thành</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Đơn vị chủ trì</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <source>Thời hạn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cuộc họp</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Cập nhật gần nhất</source>
            <translation>Last update</translation>
        </message>
        <message>
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Đến hạn trong 7 ngày</source>
            <translation>Due within 7 days</translation>
        </message>
        <message>
            <source>Đến hạn trong 30 ngày</source>
            <translation>Due within 30 days</translation>
        </message>
        <message>
            <source>Sau 30 ngày</source>
            <translation>After 30 days</translation>
        </message>
        <message>
            <source>Hạn đã qua</source>
            <translation>Deadline passed</translation>
        </message>
        <message>
            <source>Không có hạn cụ thể</source>
            <translation>No fixed deadline</translation>
        </message>
        <message>
            <source>(Chưa giao đơn vị)</source>
            <translation>(No unit assigned)</translation>
        </message>
        <message>
            <source>Theo dõi thực hiện kết luận</source>
            <translation>Follow-up of conclusions</translation>
        </message>
        <message>
            <source>Tất cả tình trạng</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Hạn đến ngày</source>
            <translation>Due by</translation>
        </message>
        <message>
            <source>Không nhóm</source>
            <translation>No grouping</translation>
        </message>
        <message>
            <source>Nhóm theo đơn vị</source>
            <translation>Group by unit</translation>
        </message>
        <message>
            <source>Nhóm theo tình trạng</source>
            <translation>Group by status</translation>
        </message>
        <message>
            <source>Nhóm theo thời hạn</source>
            <translation>Group by deadline</translation>
        </message>
        <message>
            <source>Nhóm theo cuộc họp</source>
            <translation>Group by meeting</translation>
        </message>
        <message>
            <source>Cập nhật tình trạng nhiệm vụ</source>
            <translation>Update task status</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Cập nhật tình trạng…</source>
            <translation>Update status…</translation>
        </message>
        <message>
            <source>Mở cuộc họp</source>
            <translation>Open meeting</translation>
        </message>
        <message>
            <source>Đưa vào cuộc họp đang mở</source>
            <translation>Carry into the open meeting</translation>
        </message>
        <message>
            <source>Xuất báo cáo…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <source>Tất cả đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>%1 nhiệm vụ, %2 quá hạn</source>
            <translation>%1 tasks, %2 overdue</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Số mục trong danh bạ</source>
            <translation>Directory entries</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <source>Biểu quyết</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Vấn đề biểu quyết (Ctrl+B)</source>
            <translation>What is voted on (Ctrl+B)</translation>
        </message>
        <message>
            <source>(không nêu)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <source>Kết luận, ví dụ: Thông qua</source>
            <translation>Outcome, for example: Thông qua (adopted)</translation>
        </message>
        <message>
            <source>Ghi biểu quyết</source>
            <translation>Record vote</translation>
        </message>
        <message>
            <source>Xóa biểu quyết</source>
            <translation>Delete vote</translation>
        </message>
        <message>
            <source>Vấn đề biểu quyết:</source>
            <translation>Subject of the vote:</translation>
        </message>
        <message>
            <source>Tán thành:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Không tán thành:</source>
            <translation>Against:</translation>
        </message>
        <message>
            <source>Không biểu quyết:</source>
            <translation>Abstaining:</translation>
        </message>
        <message>
            <source>Số được biểu quyết:</source>
            <translation>Entitled to vote:</translation>
        </message>
        <message>
            <source>Số tham gia biểu quyết:</source>
            <translation>Took part in the vote:</translation>
        </message>
        <message>
            <source>Kết quả:</source>
            <translation>Outcome:</translation>
        </message>
    </context>
</TS>
