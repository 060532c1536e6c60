<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>pcmd</name>
    <message>
        <source>Giới thiệu PCMD Desktop</source>
        <translation>About PCMD Desktop</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Phần mềm ghi chép và báo cáo công tác phòng, chống mại dâm cho cán bộ cấp xã, huyện và thành phố; làm việc không cần Internet.</source>
        <translation>Software for recording and reporting prostitution prevention and control work, for officers at commune, district and city level; works without the Internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lưu ý:&lt;/b&gt; dữ liệu về con người trong phần mềm là dữ liệu cá nhân nhạy cảm; chỉ người có nhiệm vụ được xem, không sao chép hay gửi ra ngoài.</source>
        <translation>&lt;b&gt;Note:&lt;/b&gt; the data about people in this software is sensitive personal data; only those whose duties require it may see it. Do not copy it or send it outside.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Bản di động: dữ liệu, cài đặt và bản sao lưu nằm trong thư mục data cạnh chương trình.</source>
        <translation>Portable copy: the data, settings and backups are in the data folder beside the program.</translation>
    </message>
    <message>
        <source>Thiết lập lần đầu</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>Mỗi cơ sở dữ liệu thuộc về một đơn vị hành chính đang có hiệu lực (xã, phường hoặc tỉnh, thành phố). Đơn vị được chọn một lần khi tạo; chỉ khi đơn vị được sáp nhập, người quản trị mới chuyển cơ sở dữ liệu sang đơn vị kế tiếp.</source>
        <translation>Each database belongs to one administrative unit in force (a commune or ward, or a province or city). The unit is chosen once, at creation; only when the unit is merged does an administrator move the database to the successor unit.</translation>
    </message>
    <message>
        <source>&amp;Tìm đơn vị hành chính:</source>
        <translation>&amp;Find an administrative unit:</translation>
    </message>
    <message>
        <source>Tìm đơn vị hành chính</source>
        <translation>Find an administrative unit</translation>
    </message>
    <message>
        <source>Gõ một phần tên, ví dụ: chuong duong</source>
        <translation>Type part of the name, e.g. chuong duong</translation>
    </message>
    <message>
        <source>Đơn vị hành chính tìm được</source>
        <translation>Administrative units found</translation>
    </message>
    <message>
        <source>Đơn vị đã chọn:</source>
        <translation>Selected unit:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Nơi lưu cơ sở dữ liệu</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>Chọn nơi &amp;lưu...</source>
        <translation>Choose &amp;location...</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Tên đăng nhập quản trị:</source>
        <translation>Administrator login name:</translation>
    </message>
    <message>
        <source>&amp;Tạo cơ sở dữ liệu</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gõ ít nhất {0} chữ để tìm.</source>
        <translation>Type at least {0} letters to search.</translation>
    </message>
    <message>
        <source>Hiện {0} đơn vị đầu tiên; gõ thêm để thu hẹp.</source>
        <translation>Showing the first {0} units; type more to narrow the search.</translation>
    </message>
    <message>
        <source>Tìm thấy {0} đơn vị. Nhấn ↓ để chọn trong danh sách.</source>
        <translation>Found {0} units. Press ↓ to choose from the list.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào. Thử gõ ít chữ hơn.</source>
        <translation>No unit found. Try typing fewer letters.</translation>
    </message>
    <message>
        <source>{0} đã hết hiệu lực (đến {1}); đơn vị kế tiếp: {2}.</source>
        <translation>{0} has ended (last day {1}); successor units: {2}.</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(none selected)</translation>
    </message>
    <message>
        <source>Chọn nơi lưu cơ sở dữ liệu</source>
        <translation>Choose where to save the database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu PCMD (*.sqlite3);;Mọi tệp (*)</source>
        <translation>PCMD database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Không tạo được tệp {0}: {1}</source>
        <translation>Could not create the file {0}: {1}</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Login name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>ví dụ: nguyen.van.a</source>
        <translation>e.g. nguyen.van.a</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>ít nhất 10 ký tự</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Please enter a login name.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng PCMD Desktop</source>
        <translation>PCMD Desktop user guide</translation>
    </message>
    <message>
        <source>Tìm trong hướng dẫn</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Tìm trong hướng dẫn (không cần dấu)…</source>
        <translation>Search the guide (tones not needed)…</translation>
    </message>
    <message>
        <source>Tìm &amp;tiếp</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Về &amp;đầu</source>
        <translation>&amp;Top</translation>
    </message>
    <message>
        <source>Nội dung hướng dẫn</source>
        <translation>Guide contents</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn {0}. Hãy cài lại chương trình.</source>
        <translation>The guide file {0} was not found. Please reinstall the program.</translation>
    </message>
    <message>
        <source>Không thấy.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>từ ngày {0} đến ngày {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <source>tháng {0} năm {1}</source>
        <translation>month {0}/{1}</translation>
    </message>
    <message>
        <source>quý {0} năm {1}</source>
        <translation>quarter {0} of {1}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {0}</source>
        <translation>second half of {0}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {0}</source>
        <translation>first half of {0}</translation>
    </message>
    <message>
        <source>9 tháng đầu năm {0}</source>
        <translation>first nine months of {0}</translation>
    </message>
    <message>
        <source>năm {0}</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Màn hình đã khóa vì lâu không dùng. Người dùng &lt;b&gt;{0}&lt;/b&gt; nhập lại mật khẩu để tiếp tục.</source>
        <translation>The screen was locked because it was not used for a while. User &lt;b&gt;{0}&lt;/b&gt;, enter your password again to continue.</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Mở khóa</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Đăng &amp;xuất</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Đăng nhập — PCMD Desktop</source>
        <translation>Log in — PCMD Desktop</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu của &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Database of &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>Quên mật khẩu?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Đăng &amp;nhập</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Đơn vị: {0}</source>
        <translation>Unit: {0}</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Người dùng: {0} ({1})</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <source>Kỳ báo cáo: {0}</source>
        <translation>Reporting period: {0}</translation>
    </message>
    <message>
        <source>Từ {0} đến {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <source>Kỳ báo cáo: {0} (CSDL trình diễn năm {1})</source>
        <translation>Reporting period: {0} (demo database, year {1})</translation>
    </message>
    <message>
        <source>CSDL trình diễn: phần mềm làm việc như vào ngày {0}.</source>
        <translation>Demo database: the program works as on {0}.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Không sao lưu tự động được: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>sai mật khẩu</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>không có tên đăng nhập này</source>
        <translation>no such login name</translation>
    </message>
    <message>
        <source>tài khoản đã bị vô hiệu hóa</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>tài khoản đang tạm khóa</source>
        <translation>account temporarily locked</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hồ sơ đã mã hóa</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Không đọc được danh sách: {0}</source>
        <translation>Could not read the list: {0}</translation>
    </message>
    <message>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Mã bản ghi</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Lọc từ ngày</source>
        <translation>Filter from date</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lọc đến ngày</source>
        <translation>Filter to date</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Loại bản ghi:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <source>Mã bản ghi:</source>
        <translation>Record ID:</translation>
    </message>
    <message>
        <source>&amp;Lọc</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Các mục nhật ký</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Tải thêm</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>(còn nữa)</source>
        <translation>(more available)</translation>
    </message>
    <message>
        <source>Đang hiện {0} mục{1}.</source>
        <translation>Showing {0} entries{1}.</translation>
    </message>
    <message>
        <source>Nhật ký nguyên vẹn: {0} mục, không mục nào bị sửa hoặc xóa.</source>
        <translation>The log is intact: {0} entries, none changed or deleted.</translation>
    </message>
    <message>
        <source>Nhật ký KHÔNG nguyên vẹn: mục số {0} — {1}. Hãy báo cho người có trách nhiệm.</source>
        <translation>The log is NOT intact: entry no. {0} — {1}. Please report this to the person in charge.</translation>
    </message>
    <message>
        <source>Trang này có ở phiên bản sắp tới.</source>
        <translation>This page will come in a later version.</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Yêu cầu sửa lại</source>
        <translation>Revision requested</translation>
    </message>
    <message>
        <source>Chưa duyệt</source>
        <translation>Not yet accepted</translation>
    </message>
    <message>
        <source>Tệp quyết định duyệt PCMD (*{0});;Mọi tệp (*)</source>
        <translation>PCMD decision files (*{0});;All files (*)</translation>
    </message>
    <message>
        <source>Duyệt kỳ này…</source>
        <translation>Accept this period…</translation>
    </message>
    <message>
        <source>Duyệt tệp báo cáo mới nhất của đơn vị đã chọn; kỳ đó bị khóa ở đơn vị cấp dưới</source>
        <translation>Accept the selected unit&apos;s latest report file; the period is then locked at that unit</translation>
    </message>
    <message>
        <source>Yêu cầu sửa lại…</source>
        <translation>Request a revision…</translation>
    </message>
    <message>
        <source>Yêu cầu đơn vị đã chọn sửa lại và gửi lần mới</source>
        <translation>Ask the selected unit to revise and send a new revision</translation>
    </message>
    <message>
        <source>Lưu tệp quyết định để chép cho đơn vị cấp dưới</source>
        <translation>Save the decision file to copy for the lower-level unit</translation>
    </message>
    <message>
        <source>Cần sửa gì (ghi vào tệp gửi đơn vị cấp dưới):</source>
        <translation>What needs revising (written into the file for the lower-level unit):</translation>
    </message>
    <message>
        <source>Đã yêu cầu sửa lại</source>
        <translation>Revision requested</translation>
    </message>
    <message>
        <source>{0} kỳ {1} của {2} (lần gửi {3}). Chép tệp {4} cho đơn vị đó.</source>
        <translation>{0}: period {1} of {2} (revision {3}). Copy the file {4} for that unit.</translation>
    </message>
    <message>
        <source>Nhận quyết định của cấp trên…</source>
        <translation>Take the upper level&apos;s decision…</translation>
    </message>
    <message>
        <source>Chọn tệp quyết định của cấp trên</source>
        <translation>Choose the upper level&apos;s decision file</translation>
    </message>
    <message>
        <source>Đã nhận quyết định của cấp trên về lần gửi {0}.</source>
        <translation>The upper level&apos;s decision on revision {0} was taken in.</translation>
    </message>
    <message>
        <source>Kỳ {0} đã được cấp trên duyệt ngày {1} (lần gửi {2}): số liệu của kỳ bị khóa; muốn sửa cần cấp trên yêu cầu sửa lại.</source>
        <translation>Period {0} was accepted by the upper level on {1} (revision {2}): its data are locked; to change them, the upper level must request a revision.</translation>
    </message>
    <message>
        <source>Kỳ {0}: cấp trên yêu cầu sửa lại ngày {1}: {2}. Kỳ đã mở khóa; sửa xong thì gửi lần mới.</source>
        <translation>Period {0}: the upper level requested a revision on {1}: {2}. The period is unlocked; send a new revision when done.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Could not write the file {0}: {1}</translation>
    </message>
    <message>
        <source>ADX (IHE, tệp XML)</source>
        <translation>ADX (IHE, XML file)</translation>
    </message>
    <message>
        <source>DHIS2 dataValueSets (tệp JSON)</source>
        <translation>DHIS2 dataValueSets (JSON file)</translation>
    </message>
    <message>
        <source>Tệp ADX (*.xml)</source>
        <translation>ADX files (*.xml)</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Số liệu {0} tính từ {1} đến {2}; tệp ADX ghi đúng các ngày này ({3}), không theo kỳ của DHIS2: chỉ dùng cho hệ thống nhận không phải DHIS2.</source>
        <translation>The figures for {0} cover {1} to {2}; the ADX file carries exactly these dates ({3}), not a DHIS2 period: only for receivers that are not DHIS2.</translation>
    </message>
    <message>
        <source>Số liệu {0} tính từ {1} đến {2} (cách tính kỳ theo Nghị định 09/2019); được nộp vào kỳ DHIS2 {3} ({4} đến {5}): DHIS2 ghi các số liệu này cho kỳ đó.</source>
        <translation>The figures for {0} cover {1} to {2} (periods as in Decree 09/2019); they are filed under DHIS2 period {3} ({4} to {5}): DHIS2 records them for that period.</translation>
    </message>
    <message>
        <source>Số liệu {0} tính từ {1} đến {2}; được nộp vào kỳ DHIS2 {3} ({4} đến {5}), trùng các ngày của số liệu.</source>
        <translation>The figures for {0} cover {1} to {2}; they are filed under DHIS2 period {3} ({4} to {5}), the same dates.</translation>
    </message>
    <message>
        <source>Xuất số liệu chỉ tiêu của kỳ đã chọn cho hệ thống DHIS2 quốc gia, theo tệp ánh xạ chỉ tiêu sang DHIS2. Kỳ trong tệp là kỳ của DHIS2 (tháng, quý, 6 tháng, năm dương lịch).</source>
        <translation>Export the chosen period&apos;s indicator values for the national DHIS2, through the indicator-to-DHIS2 mapping file. The file&apos;s period is a DHIS2 period (calendar month, quarter, six months, year).</translation>
    </message>
    <message>
        <source>Định dạng tệp DHIS2</source>
        <translation>DHIS2 file format</translation>
    </message>
    <message>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Xuất cho DHIS2…</source>
        <translation>Export for DHIS2…</translation>
    </message>
    <message>
        <source>Lưu tệp gửi DHIS2</source>
        <translation>Save the file for DHIS2</translation>
    </message>
    <message>
        <source>Đã ghi {0} chỉ tiêu của kỳ {1} vào tệp {2}. {3}</source>
        <translation>Wrote {0} indicators of period {1} to {2}. {3}</translation>
    </message>
    <message>
        <source>Khi đơn vị được sáp nhập, cơ sở dữ liệu của đơn vị cũ lập tệp bàn giao toàn bộ hồ sơ cho đơn vị kế tiếp; thông tin cá nhân được niêm phong cho khóa của đơn vị nhận. Đơn vị nhận lấy cả tệp hoặc không lấy gì.</source>
        <translation>When a unit is merged, the old unit&apos;s database writes a handover file of all its records for the successor unit; personal data is sealed for the receiving unit&apos;s key. The receiving unit takes the whole file or nothing.</translation>
    </message>
    <message>
        <source>Giao dữ liệu cho đơn vị kế tiếp</source>
        <translation>Hand data over to the successor unit</translation>
    </message>
    <message>
        <source>Đơn vị kế tiếp nhận bàn giao</source>
        <translation>Successor unit receiving the handover</translation>
    </message>
    <message>
        <source>Lập tệp bàn giao…</source>
        <translation>Write handover file…</translation>
    </message>
    <message>
        <source>Lập tệp bàn giao</source>
        <translation>Write handover file</translation>
    </message>
    <message>
        <source>Đơn vị này đang có hiệu lực, chưa có đơn vị kế tiếp để bàn giao.</source>
        <translation>This unit is in force; it has no successor to hand over to.</translation>
    </message>
    <message>
        <source>Tin cậy thẻ khóa của đơn vị kế tiếp (thẻ Khóa đơn vị) trước khi bàn giao.</source>
        <translation>Trust the successor unit&apos;s key card (Unit keys tab) before handing over.</translation>
    </message>
    <message>
        <source>Nhận bàn giao của đơn vị tiền thân</source>
        <translation>Take over a predecessor unit&apos;s data</translation>
    </message>
    <message>
        <source>Nhận tệp bàn giao…</source>
        <translation>Take handover file…</translation>
    </message>
    <message>
        <source>Nhận tệp bàn giao</source>
        <translation>Take handover file</translation>
    </message>
    <message>
        <source>Biên bản nhận bàn giao</source>
        <translation>Handover report</translation>
    </message>
    <message>
        <source>Lưu biên bản…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Lưu biên bản nhận bàn giao</source>
        <translation>Save the handover report</translation>
    </message>
    <message>
        <source>Lưu tệp bàn giao dữ liệu</source>
        <translation>Save the handover file</translation>
    </message>
    <message>
        <source>Tệp bàn giao PCMD (*.pcmdbg)</source>
        <translation>PCMD handover file (*.pcmdbg)</translation>
    </message>
    <message>
        <source>Đã lập tệp bàn giao cho đơn vị mã {0} ({1} hồ sơ) vào tệp {2}</source>
        <translation>Handover file for unit {0} ({1} records) written to {2}</translation>
    </message>
    <message>
        <source>Chọn tệp bàn giao của đơn vị tiền thân</source>
        <translation>Choose the predecessor unit&apos;s handover file</translation>
    </message>
    <message>
        <source>Tệp bàn giao PCMD (*.pcmdbg);;Mọi tệp (*)</source>
        <translation>PCMD handover file (*.pcmdbg);;All files (*)</translation>
    </message>
    <message>
        <source>Văn bản (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Đã lưu biên bản vào tệp {0}</source>
        <translation>Report saved to {0}</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của đơn vị này (đọc cho đơn vị kia qua điện thoại):</source>
        <translation>This unit&apos;s key fingerprint (read it to the other unit over the phone):</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa…</source>
        <translation>Save key card…</translation>
    </message>
    <message>
        <source>Tin cậy thẻ khóa…</source>
        <translation>Trust a key card…</translation>
    </message>
    <message>
        <source>Chỉ người quản trị được tin cậy thẻ khóa.</source>
        <translation>Only an administrator may trust key cards.</translation>
    </message>
    <message>
        <source>Đơn vị đã tin cậy</source>
        <translation>Trusted units</translation>
    </message>
    <message>
        <source>Đơn vị đã tin cậy:</source>
        <translation>Trusted units:</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa của đơn vị</source>
        <translation>Save the unit&apos;s key card</translation>
    </message>
    <message>
        <source>Thẻ khóa PCMD (*.json)</source>
        <translation>PCMD key card (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa vào {0}. Gửi thẻ cho đơn vị kia và đọc dấu vân tay qua điện thoại để họ đối chiếu.</source>
        <translation>Key card saved to {0}. Send the card to the other unit and read the fingerprint to them over the phone so they can compare it.</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa của đơn vị cấp trên hoặc cấp dưới</source>
        <translation>Choose the key card of the parent or a child unit</translation>
    </message>
    <message>
        <source>Thẻ khóa PCMD (*.json);;Mọi tệp (*)</source>
        <translation>PCMD key card (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Thẻ khóa của {0} (mã {1}).

Dấu vân tay: {2}

Chỉ tin cậy khi dấu vân tay này khớp đủ với dấu vân tay đơn vị đó đọc qua điện thoại.</source>
        <translation>Key card of {0} (code {1}).

Fingerprint: {2}

Trust it only when this fingerprint matches exactly the one that unit reads to you over the phone.</translation>
    </message>
    <message>
        <source>Tin cậy thẻ khóa</source>
        <translation>Trust key card</translation>
    </message>
    <message>
        <source>Tin cậy</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Khóa của đơn vị {0} đã thay đổi: dấu vân tay cũ {1}, mới {2}. Chỉ thay khi đã gọi điện xác nhận đơn vị đã làm khóa mới. Thay khóa?</source>
        <translation>The key of {0} has changed: old fingerprint {1}, new {2}. Replace it only after confirming by phone that the unit made a new key. Replace the key?</translation>
    </message>
    <message>
        <source>Khóa đã thay đổi</source>
        <translation>Key changed</translation>
    </message>
    <message>
        <source>Thay khóa</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Đã tin cậy khóa của {0} ({1}).</source>
        <translation>The key of {0} ({1}) is now trusted.</translation>
    </message>
    <message>
        <source>Khóa của {0} ({1}) đã được tin cậy từ trước.</source>
        <translation>The key of {0} ({1}) was already trusted.</translation>
    </message>
    <message>
        <source>Đã thay khóa của {0} ({1}).</source>
        <translation>The key of {0} was replaced ({1}).</translation>
    </message>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Send upward</translation>
    </message>
    <message>
        <source>Nhận của cấp dưới</source>
        <translation>Receive from child units</translation>
    </message>
    <message>
        <source>Gửi DHIS2</source>
        <translation>Send to DHIS2</translation>
    </message>
    <message>
        <source>Khóa đơn vị</source>
        <translation>Unit keys</translation>
    </message>
    <message>
        <source>Bàn giao</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Lần gửi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cảnh báo số liệu</source>
        <translation>Data warnings</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>đã nhận</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>đã có</source>
        <translation>already received</translation>
    </message>
    <message>
        <source>từ chối</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Nhận tệp…</source>
        <translation>Receive files…</translation>
    </message>
    <message>
        <source>Nhận cả thư mục…</source>
        <translation>Receive a whole folder…</translation>
    </message>
    <message>
        <source>Kết quả nhận tệp</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Tình hình nộp báo cáo</source>
        <translation>Submission status</translation>
    </message>
    <message>
        <source>Chọn tệp báo cáo của đơn vị cấp dưới</source>
        <translation>Choose report files of child units</translation>
    </message>
    <message>
        <source>Tệp báo cáo PCMD (*.pcmd);;Mọi tệp (*)</source>
        <translation>PCMD report files (*.pcmd);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa tệp báo cáo (ví dụ USB)</source>
        <translation>Choose the folder holding the report files (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Không đọc được thư mục {0}: {1}</source>
        <translation>Could not read the folder {0}: {1}</translation>
    </message>
    <message>
        <source>Thư mục {0} không có tệp báo cáo (.pcmd) nào.</source>
        <translation>The folder {0} holds no report file (.pcmd).</translation>
    </message>
    <message>
        <source>{0} tệp: {1} đã nhận, {2} đã có từ trước, {3} từ chối.</source>
        <translation>{0} files: {1} accepted, {2} already received, {3} refused.</translation>
    </message>
    <message>
        <source>Cảnh báo số liệu (tệp vẫn được nhận, hãy hỏi lại đơn vị gửi):</source>
        <translation>Data warnings (the file was still received; check with the sending unit):</translation>
    </message>
    <message>
        <source>Kỳ {0}: hạn nộp {1}</source>
        <translation>Period {0}: due {1}</translation>
    </message>
    <message>
        <source>Đã nộp: {0}</source>
        <translation>Submitted: {0}</translation>
    </message>
    <message>
        <source>Cảnh báo số liệu của {0}:</source>
        <translation>Data warnings for {0}:</translation>
    </message>
    <message>
        <source>{0} đơn vị có số liệu bất thường so với các kỳ trước: chọn một dòng để xem.</source>
        <translation>{0} units have figures out of line with their earlier periods: select a row to see them.</translation>
    </message>
    <message>
        <source>… và {0} cảnh báo khác (để chuột lên ô Cảnh báo số liệu để xem hết)</source>
        <translation>… and {0} more warnings (hover over the Data warnings cell to see them all)</translation>
    </message>
    <message>
        <source>Xuất tệp báo cáo của kỳ đã chọn, có chữ ký của đơn vị, để gửi {0} (qua USB hoặc thư điện tử).</source>
        <translation>Export the chosen period&apos;s report file, signed by this unit, to send to {0} (on a USB stick or by e-mail).</translation>
    </message>
    <message>
        <source>Kèm thông tin cá nhân (niêm phong cho cấp trên)</source>
        <translation>Include personal data (sealed for the parent unit)</translation>
    </message>
    <message>
        <source>Kèm thông tin cá nhân</source>
        <translation>Include personal data</translation>
    </message>
    <message>
        <source>Xuất tệp…</source>
        <translation>Export file…</translation>
    </message>
    <message>
        <source>Lưu tệp báo cáo gửi cấp trên</source>
        <translation>Save the report file for the parent unit</translation>
    </message>
    <message>
        <source>Tệp báo cáo PCMD (*.pcmd)</source>
        <translation>PCMD report file (*.pcmd)</translation>
    </message>
    <message>
        <source>Đã xuất lần gửi {0} của kỳ {1} vào tệp {2}</source>
        <translation>Exported revision {0} of period {1} to {2}</translation>
    </message>
    <message>
        <source>(có thông tin cá nhân đã niêm phong)</source>
        <translation>(with sealed personal data)</translation>
    </message>
    <message>
        <source>Đã bỏ qua thông tin cá nhân của {0} người chưa đồng ý tham gia</source>
        <translation>Personal details of {0} persons who have not consented were left out</translation>
    </message>
    <message>
        <source>Lịch sử kiểm tra của cơ sở</source>
        <translation>Inspection history of the establishment</translation>
    </message>
    <message>
        <source>Các lần kiểm tra phát hiện vi phạm hoặc đã xử phạt, sau {0} ngày chưa có lần hậu kiểm nào.</source>
        <translation>Inspections that found violations or led to sanctions, with no follow-up inspection after {0} days.</translation>
    </message>
    <message>
        <source>Ghi hậu kiểm cho lần kiểm tra đã chọn</source>
        <translation>Record a follow-up inspection for the selected inspection</translation>
    </message>
    <message>
        <source>Hậu kiểm đến hạn</source>
        <translation>Follow-up inspections due</translation>
    </message>
    <message>
        <source>Cần chú ý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Mở trang Tụ điểm</source>
        <translation>Open the Hotspots page</translation>
    </message>
    <message>
        <source>Mở danh sách hậu kiểm đến hạn</source>
        <translation>Open the list of follow-ups due</translation>
    </message>
    <message>
        <source>Mở trang Nộp và tổng hợp báo cáo</source>
        <translation>Open the Submitting and consolidating page</translation>
    </message>
    <message>
        <source>{0} tụ điểm tái hoạt động</source>
        <translation>{0} re-activated hotspots</translation>
    </message>
    <message>
        <source>{0} lượt kiểm tra đến hạn hậu kiểm</source>
        <translation>{0} inspections due for a follow-up</translation>
    </message>
    <message>
        <source>{0} đơn vị cấp dưới chưa nộp báo cáo {1}</source>
        <translation>{0} units below have not sent their report for {1}</translation>
    </message>
    <message>
        <source>T{0}</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <source>Biểu đồ kết quả theo tháng</source>
        <translation>Chart of results by month</translation>
    </message>
    <message>
        <source>Kết quả theo tháng năm {0}</source>
        <translation>Results by month, {0}</translation>
    </message>
    <message>
        <source>{0}, tháng {1}: {2}</source>
        <translation>{0}, month {1}: {2}</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <source>Năm kế hoạch xem tiến độ</source>
        <translation>Plan year to show progress for</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Kỳ báo cáo hiện tại:</source>
        <translation>Current reporting period:</translation>
    </message>
    <message>
        <source>Số bản ghi đang lưu (không tính bản ghi trong thùng rác):</source>
        <translation>Records kept (not counting those in the recycle bin):</translation>
    </message>
    <message>
        <source>Số bản ghi theo loại</source>
        <translation>Number of records by type</translation>
    </message>
    <message>
        <source>{0} (từ {1} đến {2})</source>
        <translation>{0} (from {1} to {2})</translation>
    </message>
    <message>
        <source>Tiến độ thực hiện kế hoạch năm {0}</source>
        <translation>Progress of the {0} plan</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt (vượt chỉ tiêu)</source>
        <translation>Not met (above the limit)</translation>
    </message>
    <message>
        <source>Mở trang Kế hoạch</source>
        <translation>Open the Plan page</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu kế hoạch cho năm {0} — nhập ở trang Kế hoạch.</source>
        <translation>No plan targets for {0} yet — enter them on the Plan page.</translation>
    </message>
    <message>
        <source>Đã qua {0} thời gian của năm {1}: chỉ tiêu đạt dưới tỷ lệ này là chậm so với tiến độ.</source>
        <translation>{0} of the year {1} has gone by: a target achieved below this share is behind schedule.</translation>
    </message>
    <message>
        <source>{0} / {1} {2}</source>
        <translation>{0} / {1} {2}</translation>
    </message>
    <message>
        <source>Đã làm từ đầu năm / chỉ tiêu cả năm</source>
        <translation>Done since the start of the year / target for the whole year</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Chậm so với tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Xã, phường được chấm điểm</source>
        <translation>Commune or ward assessed</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune, ward:</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Điểm chấm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>(phải đạt đủ điểm)</source>
        <translation>(must score in full)</translation>
    </message>
    <message>
        <source>Đạt khi tổng điểm từ {0}/{1} trở lên và tiêu chí 1 đạt đủ điểm.</source>
        <translation>Passed at a total of {0}/{1} or more with criterion 1 scored in full.</translation>
    </message>
    <message>
        <source>Ngày chấm điểm</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Hội đồng, người chấm</source>
        <translation>Assessed by (council, person)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lưu phiếu chấm điểm (Ctrl+S)</source>
        <translation>Save the sheet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm năm {0}: {1}</source>
        <translation>Assessment sheet {0}: {1}</translation>
    </message>
    <message>
        <source>Chưa có phiếu chấm điểm năm {0}.</source>
        <translation>No assessment sheet for {0} yet.</translation>
    </message>
    <message>
        <source>Đã lưu phiếu chấm điểm năm {0}.</source>
        <translation>The assessment sheet for {0} is saved.</translation>
    </message>
    <message>
        <source>Tổng điểm: {0}/{1}</source>
        <translation>Total: {0}/{1}</translation>
    </message>
    <message>
        <source>Kết quả: {0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển?</source>
        <translation>The assessment sheet for {0} has unsaved changes. Save before moving on?</translation>
    </message>
    <message>
        <source>Đã khôi phục phiếu chấm điểm chưa lưu từ lần trước. Kiểm tra lại rồi bấm Lưu phiếu chấm điểm.</source>
        <translation>The unsaved assessment sheet from last time was restored. Check it, then press Save the sheet.</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan targets</translation>
    </message>
    <message>
        <source>Mô hình, xã phường lành mạnh</source>
        <translation>Models and healthy communes</translation>
    </message>
    <message>
        <source>Chấm điểm lành mạnh</source>
        <translation>Clean-commune assessment</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Đã khôi phục những gì chưa lưu từ lần trước. Kiểm tra lại rồi bấm Lưu.</source>
        <translation>What was left unsaved last time was restored. Check it, then press Save.</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển năm?</source>
        <translation>The targets for {0} were changed but not saved. Save them before switching year?</translation>
    </message>
    <message>
        <source>Mô hình, đánh giá năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển năm?</source>
        <translation>The models and assessment of {0} have unsaved changes. Save before changing the year?</translation>
    </message>
    <message>
        <source>Mô hình và đánh giá xã, phường</source>
        <translation>Commune models and assessments</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <source>Mô hình PCMD</source>
        <translation>PCMD model</translation>
    </message>
    <message>
        <source>Lành mạnh</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Lưu đánh giá</source>
        <translation>Save assessments</translation>
    </message>
    <message>
        <source>(chưa đánh giá)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <source>Xã, phường lành mạnh</source>
        <translation>Healthy commune/ward</translation>
    </message>
    <message>
        <source>Đã đánh giá {0}/{1} xã, phường năm {2}</source>
        <translation>Assessed {0}/{1} communes and wards for {2}</translation>
    </message>
    <message>
        <source>{0} xã, phường có phiếu chấm điểm năm {1}: ô «Lành mạnh» theo kết quả phiếu (tab Chấm điểm lành mạnh), không sửa ở đây.</source>
        <translation>{0} communes or wards have an assessment sheet for {1}: their &apos;Clean&apos; box follows the sheet&apos;s result (tab Clean-commune assessment) and is not edited here.</translation>
    </message>
    <message>
        <source>Theo phiếu chấm điểm</source>
        <translation>From the assessment sheet</translation>
    </message>
    <message>
        <source>Tổng điểm {0}/100. {1}</source>
        <translation>Total {0}/100. {1}</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch năm</source>
        <translation>Annual plan targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Kế hoạch năm</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Lưu chỉ tiêu</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <source>Lấy chỉ tiêu năm trước làm gốc</source>
        <translation>Start from last year&apos;s targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu là mức tối đa: vượt mức này là không đạt.</source>
        <translation>The target is a limit: going above it means the target is not met.</translation>
    </message>
    <message>
        <source>{0} chỉ tiêu đã có cho năm {1}</source>
        <translation>{0} targets set for {1}</translation>
    </message>
    <message>
        <source>{0} ({1}): &apos;{2}&apos; không phải là số</source>
        <translation>{0} ({1}): &apos;{2}&apos; is not a number</translation>
    </message>
    <message>
        <source>Đã lưu: {0} chỉ tiêu thay đổi</source>
        <translation>Saved: {0} targets changed</translation>
    </message>
    <message>
        <source>Lấy chỉ tiêu năm trước</source>
        <translation>Copy last year&apos;s targets</translation>
    </message>
    <message>
        <source>Năm {0} đã có chỉ tiêu. Thay toàn bộ bằng chỉ tiêu năm {1}?</source>
        <translation>{0} already has targets. Replace them all with the targets of {1}?</translation>
    </message>
    <message>
        <source>Thay bằng chỉ tiêu năm trước</source>
        <translation>Replace with last year&apos;s targets</translation>
    </message>
    <message>
        <source>Giữ chỉ tiêu hiện có</source>
        <translation>Keep the current targets</translation>
    </message>
    <message>
        <source>Đã lấy {0} chỉ tiêu của năm {1}; sửa rồi bấm Lưu nếu cần.</source>
        <translation>Copied {0} targets from {1}; edit them, then click Save if needed.</translation>
    </message>
    <message>
        <source>Đánh giá chung</source>
        <translation>General assessment</translation>
    </message>
    <message>
        <source>Khó khăn, vướng mắc</source>
        <translation>Difficulties and obstacles</translation>
    </message>
    <message>
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposals and recommendations</translation>
    </message>
    <message>
        <source>Phương hướng kỳ tới</source>
        <translation>Plans for the next period</translation>
    </message>
    <message>
        <source>Nhận xét của kỳ báo cáo</source>
        <translation>Narrative of the reporting period</translation>
    </message>
    <message>
        <source>Lưu nhận xét</source>
        <translation>Save narrative</translation>
    </message>
    <message>
        <source>Chỉ xem: vai trò của bạn không lập báo cáo.</source>
        <translation>Read only: your role does not make reports.</translation>
    </message>
    <message>
        <source>Đã khôi phục nhận xét chưa lưu từ lần trước. Kiểm tra lại rồi bấm Lưu nhận xét.</source>
        <translation>The unsaved narrative from last time was restored. Check it, then click Save narrative.</translation>
    </message>
    <message>
        <source>Không lưu được nhận xét: {0}</source>
        <translation>Could not save the narrative: {0}</translation>
    </message>
    <message>
        <source>Đã lưu nhận xét lúc {0}</source>
        <translation>Narrative saved at {0}</translation>
    </message>
    <message>
        <source>Kỳ tính theo Nghị định 09/2019/NĐ-CP: tháng báo cáo từ ngày 15 tháng trước đến ngày 14 tháng báo cáo.</source>
        <translation>Periods under Decree 09/2019/NĐ-CP: a reporting month runs from the 15th of the previous month to the 14th of the month.</translation>
    </message>
    <message>
        <source>Kỳ tính theo tháng dương lịch.</source>
        <translation>Periods are calendar months.</translation>
    </message>
    <message>
        <source>Không đạt (vượt chỉ tiêu): {0}: {1} / chỉ tiêu {2}</source>
        <translation>Not met (above the limit): {0}: {1} / target {2}</translation>
    </message>
    <message>
        <source>Tệp của {0} đơn vị cấp dưới lập theo danh mục chỉ tiêu cũ, thiếu {1} chỉ tiêu: phần của các đơn vị đó được tính từ dữ liệu có trong máy này.</source>
        <translation>The files of {0} subordinate units follow the older indicator catalogue and lack {1} indicators: those units&apos; part is counted from the data on this computer.</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Kèm phân tổ giới tính, độ tuổi</source>
        <translation>Include the breakdown by sex and age</translation>
    </message>
    <message>
        <source>Kèm phụ lục phân tổ theo giới tính và độ tuổi</source>
        <translation>Include the annex broken down by sex and age band</translation>
    </message>
    <message>
        <source>Phụ lục trang ngang: số người, số lượt hỗ trợ theo giới tính và nhóm tuổi</source>
        <translation>Landscape annex: persons and services supported by sex and age band</translation>
    </message>
    <message>
        <source>Chỉ tệp đã duyệt</source>
        <translation>Accepted files only</translation>
    </message>
    <message>
        <source>Chỉ tổng hợp tệp của đơn vị cấp dưới đã duyệt</source>
        <translation>Consolidate accepted lower-level files only</translation>
    </message>
    <message>
        <source>Chỉ cộng số liệu của các đơn vị cấp dưới có tệp báo cáo mới nhất đã được duyệt</source>
        <translation>Add up only the lower-level units whose latest report file was accepted</translation>
    </message>
    <message>
        <source>Đang tạo báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Nhận xét của {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển kỳ?</source>
        <translation>The narrative of {0} was changed but not saved. Save it before changing the period?</translation>
    </message>
    <message>
        <source>Không lập được báo cáo: {0}</source>
        <translation>Could not make the report: {0}</translation>
    </message>
    <message>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Không in được: {0}</source>
        <translation>Could not print: {0}</translation>
    </message>
    <message>
        <source>Không in được: không mở được tệp PDF tạm.</source>
        <translation>Could not print: the temporary PDF file could not be opened.</translation>
    </message>
    <message>
        <source>Không in được: máy in không sẵn sàng.</source>
        <translation>Could not print: the printer is not ready.</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>{0} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Lưu báo cáo PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>Lưu báo cáo Excel</source>
        <translation>Save report as Excel</translation>
    </message>
    <message>
        <source>Không lưu được {0}: {1}</source>
        <translation>Could not save {0}: {1}</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Đột xuất (chọn khoảng ngày)</source>
        <translation>Ad hoc (choose a date range)</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
    <message>
        <source>Báo cáo đột xuất. Lũy kế từ đầu năm {0}: từ {1} đến {2}</source>
        <translation>Ad hoc report. Year to date {0}: from {1} to {2}</translation>
    </message>
    <message>
        <source>(khoảng ngày bắt đầu trước năm báo cáo {0})</source>
        <translation>(the range starts before reporting year {0})</translation>
    </message>
    <message>
        <source>Loại kỳ báo cáo</source>
        <translation>Kind of reporting period</translation>
    </message>
    <message>
        <source>Năm báo cáo</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Tháng:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Tháng báo cáo</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>Quý:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Quý báo cáo</source>
        <translation>Reporting quarter</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Half:</translation>
    </message>
    <message>
        <source>Kỳ 6 tháng báo cáo</source>
        <translation>Reporting half-year</translation>
    </message>
    <message>
        <source>Xem trước báo cáo</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Chọn kỳ báo cáo rồi bấm &quot;Xem trước&quot; để xem báo cáo.</source>
        <translation>Choose the reporting period, then click &quot;Preview&quot; to see the report.</translation>
    </message>
    <message>
        <source>Không tạo được bản xem trước: {0}</source>
        <translation>Could not make the preview: {0}</translation>
    </message>
    <message>
        <source>Không mở được bản xem trước ({0}).</source>
        <translation>Could not open the preview ({0}).</translation>
    </message>
    <message>
        <source>Báo cáo {0} ({1} trang).</source>
        <translation>Report for {0} ({1} page(s)).</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ngay</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục...</source>
        <translation>&amp;Restore...</translation>
    </message>
    <message>
        <source>Các bản sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Lần sao lưu gần nhất: {0} — {1}</source>
        <translation>Last backup: {0} — {1}</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>There is no backup in this folder yet.</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Bản sao lưu PCMD (*.sqlite3);;Mọi tệp (*)</source>
        <translation>PCMD backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu {0}?</source>
        <translation>Replace the current database with the backup {0}?</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu hiện tại không bị xóa: nó được cất sang thư mục backups/ bên cạnh (tên có chữ before-restore). Chương trình sẽ đóng; hãy mở lại và đăng nhập.</source>
        <translation>The current database is not deleted: it is moved into the backups/ folder next to it (its name contains before-restore). The program will close; open it again and log in.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Đã khôi phục.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu cũ được cất ở {0}.</source>
        <translation>The old database was kept at {0}.</translation>
    </message>
    <message>
        <source>Không khôi phục được: {0}</source>
        <translation>Could not restore: {0}</translation>
    </message>
    <message>
        <source>Chương trình sẽ đóng; hãy mở lại và đăng nhập.</source>
        <translation>The program will close; open it again and log in.</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation>The new language will be used the next time the program starts.</translation>
    </message>
    <message>
        <source>Chỉ người quản trị thay đổi được.</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <source>Theo Nghị định 09/2019 (từ ngày 15 tháng trước đến ngày 14)</source>
        <translation>Decree 09/2019 (from the 15th of the month before to the 14th)</translation>
    </message>
    <message>
        <source>Theo tháng dương lịch (từ ngày 1 đến cuối tháng)</source>
        <translation>Calendar months (from the 1st to the month&apos;s end)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Cách tính kỳ báo cáo tháng</source>
        <translation>How the monthly reporting period is cut</translation>
    </message>
    <message>
        <source>Kỳ báo cáo tháng:</source>
        <translation>Monthly period:</translation>
    </message>
    <message>
        <source>Áp dụng cho mọi báo cáo, tổng quan và tệp gửi cấp trên; phải thống nhất với cấp trên và các đơn vị cấp dưới.</source>
        <translation>Applies to every report, the overview and the files sent upward; it must match the unit above and the units below.</translation>
    </message>
    <message>
        <source>Đổi cách tính kỳ báo cáo</source>
        <translation>Change the reporting period</translation>
    </message>
    <message>
        <source>Từ nay mọi báo cáo tháng tính theo: {0}. Cấp trên và các đơn vị cấp dưới cũng phải dùng cách này. Đổi?</source>
        <translation>From now on every monthly report follows: {0}. The unit above and the units below must use the same. Change?</translation>
    </message>
    <message>
        <source>Đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Đơn vị ban hành</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Dòng ký thay</source>
        <translation>Signing on behalf of</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Mẫu báo cáo</source>
        <translation>Report form</translation>
    </message>
    <message>
        <source>Phần đầu và phần ký của báo cáo in ra (theo Nghị định 30/2020/NĐ-CP). Để trống dòng nào thì báo cáo không in dòng đó.</source>
        <translation>The header and signature block of printed reports (Decree 30/2020/NĐ-CP). A line left empty is not printed.</translation>
    </message>
    <message>
        <source>ví dụ: {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>mỗi dòng một nơi nhận, ví dụ: UBND quận;</source>
        <translation>one recipient per line, e.g. UBND quận;</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <source>Lưu mẫu báo cáo</source>
        <translation>Save report form</translation>
    </message>
    <message>
        <source>Không lưu được mẫu báo cáo: {0}</source>
        <translation>Could not save the report form: {0}</translation>
    </message>
    <message>
        <source>Đã lưu. Các báo cáo in từ nay dùng mẫu này.</source>
        <translation>Saved. Reports printed from now on use this form.</translation>
    </message>
    <message>
        <source>Bảo mật</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Số phút không dùng trước khi khóa màn hình</source>
        <translation>Minutes without use before the screen locks</translation>
    </message>
    <message>
        <source>phút</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Không tự khóa</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau:</source>
        <translation>Lock the screen after:</translation>
    </message>
    <message>
        <source>Khi không dùng bàn phím, chuột trong thời gian này, nội dung bị che và phải nhập lại mật khẩu. 0 = không tự khóa (không nên với máy dùng chung).</source>
        <translation>When the keyboard and mouse are not used for this long, the content is hidden and the password must be entered again. 0 = never lock (not advisable on a shared computer).</translation>
    </message>
    <message>
        <source>Loại thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Tên cũ</source>
        <translation>Old name</translation>
    </message>
    <message>
        <source>Tên mới / đơn vị mới</source>
        <translation>New name / new unit</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Sửa tại chỗ</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Hết hiệu lực</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Kế thừa</source>
        <translation>Succeeded by</translation>
    </message>
    <message>
        <source>Xem trước danh mục đơn vị</source>
        <translation>Unit list preview</translation>
    </message>
    <message>
        <source>Tệp {0}: {1}.</source>
        <translation>File {0}: {1}.</translation>
    </message>
    <message>
        <source>Chưa có gì được ghi; bấm Nạp để nạp danh mục.</source>
        <translation>Nothing has been written yet; click Load to load the list.</translation>
    </message>
    <message>
        <source>Các thay đổi của danh mục đơn vị</source>
        <translation>Changes to the unit list</translation>
    </message>
    <message>
        <source>Cảnh báo: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <source>Nạp</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính</source>
        <translation>Administrative unit list</translation>
    </message>
    <message>
        <source>Đơn vị của CSDL:</source>
        <translation>This database&apos;s unit:</translation>
    </message>
    <message>
        <source>Hiệu lực:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>Đơn vị đang có hiệu lực:</source>
        <translation>Units in force:</translation>
    </message>
    <message>
        <source>Nạp danh mục mới…</source>
        <translation>Load a new list…</translation>
    </message>
    <message>
        <source>Đơn vị kế tiếp để chuyển cơ sở dữ liệu sang</source>
        <translation>Successor unit to move the database to</translation>
    </message>
    <message>
        <source>Chuyển CSDL sang đơn vị kế tiếp</source>
        <translation>Move the database to the successor unit</translation>
    </message>
    <message>
        <source>Đơn vị kế tiếp:</source>
        <translation>Successor unit:</translation>
    </message>
    <message>
        <source>Danh mục mới (tệp CSV) thêm đơn vị, đổi tên hoặc cho đơn vị hết hiệu lực từ một ngày; không mã nào bị xóa, bản ghi cũ giữ đơn vị và tên cũ.</source>
        <translation>A new list (CSV file) adds units, renames them or ends them from a date; no code is ever removed, and old records keep their unit and its old name.</translation>
    </message>
    <message>
        <source>mã</source>
        <translation>code</translation>
    </message>
    <message>
        <source>từ trước đến nay</source>
        <translation>always</translation>
    </message>
    <message>
        <source>{0} đơn vị trong {1}</source>
        <translation>{0} units in {1}</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0} đã hết hiệu lực. Đơn vị kế tiếp: {1}.</source>
        <translation>{0} has ended. Successor units: {1}.</translation>
    </message>
    <message>
        <source>Người quản trị chuyển cơ sở dữ liệu sang đơn vị kế tiếp.</source>
        <translation>An administrator moves the database to the successor unit.</translation>
    </message>
    <message>
        <source>Chọn tệp danh mục đơn vị</source>
        <translation>Choose a unit list file</translation>
    </message>
    <message>
        <source>Danh mục đơn vị (*.csv);;Mọi tệp (*)</source>
        <translation>Unit list (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Không đọc được tệp {0}: {1}</source>
        <translation>Cannot read the file {0}: {1}</translation>
    </message>
    <message>
        <source>Danh mục đơn vị không hợp lệ, không nạp gì: {0}</source>
        <translation>The unit list is not valid; nothing was loaded: {0}</translation>
    </message>
    <message>
        <source>Không nạp được danh mục: {0}</source>
        <translation>Could not load the list: {0}</translation>
    </message>
    <message>
        <source>Đã nạp danh mục: {0} đơn vị mới, {1} đơn vị cập nhật.</source>
        <translation>List loaded: {0} new units, {1} units updated.</translation>
    </message>
    <message>
        <source>Chuyển cơ sở dữ liệu từ {0} sang {1}?

Các bản ghi đã có giữ đơn vị cũ ({0}) và tên cũ trên báo cáo các kỳ trước; từ nay cơ sở dữ liệu báo cáo với tên {1}, số liệu của {0} được tính vào đơn vị mới. Một bản sao của cơ sở dữ liệu được lưu vào thư mục backups/ trước khi chuyển. Việc này không đảo ngược được (trừ khi khôi phục bản sao).</source>
        <translation>Move the database from {0} to {1}?

Existing records keep their old unit ({0}) and the old name on the reports of past periods; from now on the database reports as {1}, with the figures of {0} counted in the new unit. A copy of the database is saved in the backups/ folder before the move. This cannot be undone (except by restoring that copy).</translation>
    </message>
    <message>
        <source>Chuyển cơ sở dữ liệu sang đơn vị kế tiếp</source>
        <translation>Move the database to the successor unit</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Đã chuyển cơ sở dữ liệu từ {0} sang {1}. Bản sao trước khi chuyển: {2}</source>
        <translation>The database was moved from {0} to {1}. Copy made before the move: {2}</translation>
    </message>
    <message>
        <source>Thêm người dùng</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đặt &amp;lại</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho người dùng &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>New password for user &lt;b&gt;{0}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Đã vô hiệu hóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Tạm khóa (nhập sai mật khẩu)</source>
        <translation>Temporarily locked (wrong password)</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Thêm người dùng...</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <source>&amp;Vô hiệu hóa</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Đặt lại &amp;mật khẩu...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <source>Đổi &amp;vai trò</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>Vai trò mới có hiệu lực từ lần đăng nhập sau.</source>
        <translation>The new role applies from the user&apos;s next login.</translation>
    </message>
    <message>
        <source>&amp;Kích hoạt</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Kiểm tra, vụ án theo tin báo này</source>
        <translation>Inspections and cases from this tip</translation>
    </message>
    <message>
        <source>Người cung cấp tin chỉ người quản trị xem và ghi; không gửi lên cấp trên, không có trong tệp bàn giao.</source>
        <translation>Only administrators see and enter the informant; it is never sent upward nor put in a handover file.</translation>
    </message>
    <message>
        <source>Thông tin người cung cấp tin được giữ kín: chỉ người quản trị xem và ghi. Lưu biểu mẫu không làm mất thông tin đó.</source>
        <translation>The informant is kept confidential: only administrators see and enter it. Saving this form keeps it.</translation>
    </message>
    <message>
        <source>Lưu tin báo rồi chọn tin báo này ở ô &apos;Theo tin báo&apos; của biểu mẫu kiểm tra cơ sở hoặc vụ án.</source>
        <translation>Save the tip, then choose it in the &apos;From tip&apos; field of an inspection or a case form.</translation>
    </message>
    <message>
        <source>… và {0} bản ghi khác</source>
        <translation>… and {0} more records</translation>
    </message>
    <message>
        <source>Mọi loại bản ghi</source>
        <translation>All record types</translation>
    </message>
    <message>
        <source>Bản ghi đã xóa</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Người xóa</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi đã chọn</source>
        <translation>Restore the selected record</translation>
    </message>
    <message>
        <source>Bản ghi bị xóa nằm ở đây và không được tính vào báo cáo; khôi phục để dùng lại.</source>
        <translation>Deleted records stay here and are not counted in reports; restore them to use them again.</translation>
    </message>
    <message>
        <source>{0} bản ghi trong thùng rác</source>
        <translation>{0} records in the recycle bin</translation>
    </message>
    <message>
        <source>Đã khôi phục: {0}</source>
        <translation>Restored: {0}</translation>
    </message>
    <message>
        <source>Thành viên đang tham gia</source>
        <translation>Members in the team</translation>
    </message>
    <message>
        <source>Thêm thành viên vào đội</source>
        <translation>Add a member to the team</translation>
    </message>
    <message>
        <source>Hoạt động đội đã thực hiện</source>
        <translation>Activities run by the team</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu hiện tại.</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <source>Hồ sơ thứ nhất</source>
        <translation>First file</translation>
    </message>
    <message>
        <source>Lập ngày, dịch vụ</source>
        <translation>Opened, services</translation>
    </message>
    <message>
        <source>Hồ sơ thứ hai</source>
        <translation>Second file</translation>
    </message>
    <message>
        <source>Trùng số định danh</source>
        <translation>Same identity number</translation>
    </message>
    <message>
        <source>Trùng họ tên và năm sinh</source>
        <translation>Same full name and birth year</translation>
    </message>
    <message>
        <source>{0}, {1} dịch vụ</source>
        <translation>{0}, {1} services</translation>
    </message>
    <message>
        <source>Gộp hồ sơ</source>
        <translation>Merge files</translation>
    </message>
    <message>
        <source>Giữ lại hồ sơ nào?</source>
        <translation>Which file is kept?</translation>
    </message>
    <message>
        <source>{0} ({1}, lập ngày {2}, {3} dịch vụ, {4} quyết định xử phạt)</source>
        <translation>{0} ({1}, opened {2}, {3} services, {4} sanction decisions)</translation>
    </message>
    <message>
        <source>Giữ hồ sơ {0}</source>
        <translation>Keep file {0}</translation>
    </message>
    <message>
        <source>Các dịch vụ hỗ trợ và quyết định xử phạt của hồ sơ {1} chuyển sang hồ sơ {0}. Ô nào của hồ sơ {0} còn trống được điền từ hồ sơ {1}; ô đã có thì giữ nguyên, giá trị khác của hồ sơ {1} được ghi thêm vào ô Ghi chú của hồ sơ {0}. Hồ sơ {1} vào Thùng rác (khôi phục được).</source>
        <translation>The services and sanction decisions of file {1} move to file {0}. Fields of file {0} still empty are filled from file {1}; fields already filled stay as they are, and file {1}&apos;s other values are added to the Note of file {0}. File {1} goes to the recycle bin (it can be restored).</translation>
    </message>
    <message>
        <source>Tìm hồ sơ trùng</source>
        <translation>Find duplicate files</translation>
    </message>
    <message>
        <source>Các cặp hồ sơ trong cùng một đơn vị có cùng số định danh cá nhân, hoặc cùng họ tên (không kể hoa thường, dấu) và cùng năm sinh. Hãy xem kỹ hai hồ sơ trước khi gộp: chọn một cặp rồi bấm Gộp hồ sơ.</source>
        <translation>Pairs of files of one unit with the same identity number, or the same full name (case and tones aside) and the same birth year. Look at both files carefully before merging: choose a pair, then click Merge files.</translation>
    </message>
    <message>
        <source>Các cặp hồ sơ có thể trùng</source>
        <translation>Likely duplicate pairs</translation>
    </message>
    <message>
        <source>Gộp hồ sơ…</source>
        <translation>Merge files…</translation>
    </message>
    <message>
        <source>{0} cặp hồ sơ có thể trùng</source>
        <translation>{0} likely duplicate pairs</translation>
    </message>
    <message>
        <source>Không thấy hồ sơ nào có thể trùng.</source>
        <translation>No likely duplicate files found.</translation>
    </message>
    <message>
        <source>Gộp hồ sơ {1} vào hồ sơ {0}? Hồ sơ {1} sẽ vào Thùng rác.</source>
        <translation>Merge file {1} into file {0}? File {1} will go to the recycle bin.</translation>
    </message>
    <message>
        <source>Không gộp được</source>
        <translation>Could not merge</translation>
    </message>
    <message>
        <source>Đã gộp hồ sơ {0} vào hồ sơ {1}: chuyển {2} dịch vụ, {3} quyết định xử phạt; điền {4} ô còn trống; {5} giá trị khác được ghi vào Ghi chú.</source>
        <translation>File {0} merged into file {1}: {2} services and {3} sanction decisions moved; {4} empty fields filled; {5} other values written into the Note.</translation>
    </message>
    <message>
        <source>Tìm hồ sơ trùng…</source>
        <translation>Find duplicate files…</translation>
    </message>
    <message>
        <source>cách nhau bởi dấu ;</source>
        <translation>separated by ;</translation>
    </message>
    <message>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick a date on the calendar</translation>
    </message>
    <message>
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel — {0}</source>
        <translation>Import list from Excel — {0}</translation>
    </message>
    <message>
        <source>1. Tải mẫu Excel và điền mỗi bản ghi một dòng, từ dòng 3 (cột có dấu * là bắt buộc; xóa dòng ví dụ hoặc để nguyên). 2. Chọn tệp đã điền: phần mềm kiểm tra từng ô, chưa lưu gì. 3. Hết lỗi thì bấm &apos;Nhập vào cơ sở dữ liệu&apos;. Nhập là tất cả hoặc không: còn một lỗi thì không bản ghi nào được lưu.</source>
        <translation>1. Download the Excel template and fill in one record per row, from row 3 (columns marked * are required; delete the example row or leave it unchanged). 2. Choose the filled file: every cell is checked, nothing is saved yet. 3. When there are no errors left, click &apos;Import into the database&apos;. The import is all or nothing: a single error means no record is saved.</translation>
    </message>
    <message>
        <source>Tải mẫu Excel…</source>
        <translation>Download Excel template…</translation>
    </message>
    <message>
        <source>Lưu tệp mẫu {0} để điền</source>
        <translation>Save the {0} template to fill in</translation>
    </message>
    <message>
        <source>Chọn tệp Excel…</source>
        <translation>Choose Excel file…</translation>
    </message>
    <message>
        <source>Tệp Excel đã chọn</source>
        <translation>Chosen Excel file</translation>
    </message>
    <message>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Đọc lại tệp</source>
        <translation>Read file again</translation>
    </message>
    <message>
        <source>Đọc lại tệp sau khi đã sửa và lưu trong Excel</source>
        <translation>Read the file again after correcting and saving it in Excel</translation>
    </message>
    <message>
        <source>Chưa đọc tệp nào.</source>
        <translation>No file read yet.</translation>
    </message>
    <message>
        <source>Xem trước các dòng sẽ nhập</source>
        <translation>Preview of the rows to import</translation>
    </message>
    <message>
        <source>Danh sách lỗi</source>
        <translation>List of errors</translation>
    </message>
    <message>
        <source>Nhập vào cơ sở dữ liệu</source>
        <translation>Import into the database</translation>
    </message>
    <message>
        <source>Mẫu nhập {0}.xlsx</source>
        <translation>Import template {0}.xlsx</translation>
    </message>
    <message>
        <source>Lưu mẫu Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <source>Không lưu được mẫu Excel: {0}</source>
        <translation>Could not save the Excel template: {0}</translation>
    </message>
    <message>
        <source>Đã lưu mẫu vào {0}. Mở tệp bằng Excel, điền từ dòng 3, lưu lại rồi bấm &apos;Chọn tệp Excel…&apos;.</source>
        <translation>Template saved to {0}. Open it in Excel, fill it in from row 3, save it, then click &apos;Choose Excel file…&apos;.</translation>
    </message>
    <message>
        <source>Chọn tệp Excel đã điền</source>
        <translation>Choose the filled Excel file</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>{0} dòng hợp lệ, {1} dòng có lỗi.</source>
        <translation>{0} valid rows, {1} rows with errors.</translation>
    </message>
    <message>
        <source>{0} lỗi ở tiêu đề hoặc cột của bảng.</source>
        <translation>{0} errors in the headers or columns of the sheet.</translation>
    </message>
    <message>
        <source>Đã bỏ qua dòng ví dụ chưa sửa: {0}.</source>
        <translation>Unchanged example row skipped: {0}.</translation>
    </message>
    <message>
        <source>Sửa các lỗi trong tệp Excel, lưu lại rồi bấm &apos;Đọc lại tệp&apos;.</source>
        <translation>Correct the errors in the Excel file, save it, then click &apos;Read file again&apos;.</translation>
    </message>
    <message>
        <source>Chưa lưu gì: bấm &apos;Nhập vào cơ sở dữ liệu&apos; để lưu.</source>
        <translation>Nothing saved yet: click &apos;Import into the database&apos; to save.</translation>
    </message>
    <message>
        <source>{0}: xem danh sách lỗi bên trên. Chưa lưu bản ghi nào.</source>
        <translation>{0}: see the list of errors above. No record was saved.</translation>
    </message>
    <message>
        <source>Không nhập được: {0}. Chưa lưu bản ghi nào.</source>
        <translation>Could not import: {0}. No record was saved.</translation>
    </message>
    <message>
        <source>Đã nhập {0} bản ghi vào danh sách &apos;{1}&apos;.</source>
        <translation>Imported {0} records into the list &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>{0} bản ghi mới, {1} bản ghi đã có được cập nhật.</source>
        <translation>{0} new records, {1} existing records updated.</translation>
    </message>
    <message>
        <source>Đã nhập từ Excel</source>
        <translation>Imported from Excel</translation>
    </message>
    <message>
        <source>Dòng {0}, cột &apos;{1}&apos;: {2}</source>
        <translation>Row {0}, column &apos;{1}&apos;: {2}</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Tháng này ({0})</source>
        <translation>This month ({0})</translation>
    </message>
    <message>
        <source>Tháng trước ({0})</source>
        <translation>Last month ({0})</translation>
    </message>
    <message>
        <source>Quý {0} năm {1}</source>
        <translation>Q{0} {1}</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tìm (không cần dấu)…</source>
        <translation>Search (accents not needed)…</translation>
    </message>
    <message>
        <source>Mọi thời gian</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source> (riêng đơn vị)</source>
        <translation> (this unit only)</translation>
    </message>
    <message>
        <source>{0}: tất cả</source>
        <translation>{0}: all</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Thêm mới (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation>Edit record — {0}</translation>
    </message>
    <message>
        <source>Thêm mới: {0}</source>
        <translation>New record — {0}</translation>
    </message>
    <message>
        <source>Đã khôi phục bản nháp chưa lưu từ lần trước. Kiểm tra lại rồi bấm Lưu, hoặc Esc để bỏ.</source>
        <translation>An unsaved draft from last time was restored. Check it, then click Save, or press Esc to discard it.</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Vẫn lưu?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Xem lại</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Bạn đã sửa {0} nhưng chưa lưu. Lưu lại trước khi rời?</source>
        <translation>You have unsaved changes ({0}). Save them before leaving?</translation>
    </message>
    <message>
        <source>Chuyển bản ghi này vào thùng rác? Có thể khôi phục lại ở trang Thùng rác.</source>
        <translation>Move this record to the recycle bin? It can be restored from the Recycle bin page.</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <source>Đang sắp xếp, lọc…</source>
        <translation>Sorting and filtering…</translation>
    </message>
    <message>
        <source>Cột…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{0} bản ghi</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Đã xuất {0} bản ghi ra {1}</source>
        <translation>Exported {0} records to {1}</translation>
    </message>
    <message>
        <source>gõ một phần tên để tìm</source>
        <translation>type part of the name to search</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>mô tả (không bắt buộc)</source>
        <translation>description (optional)</translation>
    </message>
    <message>
        <source>Khôi phục quyền quản trị</source>
        <translation>Recover administrator access</translation>
    </message>
    <message>
        <source>Nhập khóa khôi phục in trên phiếu khôi phục, tên người quản trị và mật khẩu mới. Nếu tên chưa có, một người quản trị mới được tạo.</source>
        <translation>Enter the recovery key printed on the recovery sheet, the administrator&apos;s name and a new password. If the name does not exist yet, a new administrator is created.</translation>
    </message>
    <message>
        <source>Khóa khôi phục</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Khóa khôi phục:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Tên người quản trị:</source>
        <translation>Administrator name:</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>Hãy nhập khóa khôi phục.</source>
        <translation>Please enter the recovery key.</translation>
    </message>
    <message>
        <source>PHIẾU KHÓA KHÔI PHỤC — PCMD Desktop</source>
        <translation>RECOVERY KEY SHEET — PCMD Desktop</translation>
    </message>
    <message>
        <source>Đơn vị: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Unit: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Người quản trị: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Administrator: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ngày in: {0}</source>
        <translation>Printed on: {0}</translation>
    </message>
    <message>
        <source>Gõ khóa liền một dòng; chữ hoa hay thường, có gạch nối hay không đều được. Khóa này mở lại được toàn bộ dữ liệu khi mọi người quản trị quên mật khẩu. Cất phiếu trong tủ có khóa, không chụp ảnh, không gửi qua mạng.</source>
        <translation>Type the key on one line; upper or lower case, with or without dashes, are all accepted. This key reopens all the data when every administrator has forgotten their password. Keep the sheet in a locked cabinet; do not photograph it or send it over a network.</translation>
    </message>
    <message>
        <source>Đây là &lt;b&gt;khóa khôi phục&lt;/b&gt; của cơ sở dữ liệu. Khi mọi người quản trị đều quên mật khẩu, chỉ khóa này mở lại được dữ liệu. Khóa chỉ hiện &lt;b&gt;một lần&lt;/b&gt;: hãy in phiếu hoặc chép lại bằng tay và cất nơi an toàn.</source>
        <translation>This is the database&apos;s &lt;b&gt;recovery key&lt;/b&gt;. When every administrator has forgotten their password, only this key can reopen the data. The key is shown &lt;b&gt;only once&lt;/b&gt;: print the sheet or copy it by hand and keep it in a safe place.</translation>
    </message>
    <message>
        <source>&amp;In phiếu khôi phục</source>
        <translation>&amp;Print recovery sheet</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <source>Tôi đã in hoặc chép lại khóa này</source>
        <translation>I have printed or copied this key</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>In phiếu khôi phục</source>
        <translation>Print recovery sheet</translation>
    </message>
    <message>
        <source>Lưu phiếu khôi phục</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>Tạo người quản trị</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu của {0} chưa có người dùng nào. Hãy tạo người quản trị đầu tiên; người này thêm các cán bộ khác sau.</source>
        <translation>The database of {0} has no users yet. Create the first administrator; they add the other officers later.</translation>
    </message>
    <message>
        <source>&amp;Tạo người quản trị</source>
        <translation>&amp;Create administrator</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Kiểm tra đường dẫn (--db) hoặc chọn một tệp cơ sở dữ liệu PCMD khác.</source>
        <translation>Check the path (--db) or choose another PCMD database file.</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở</source>
        <translation>Establishment inspections</translation>
    </message>
    <message>
        <source>Lần kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Tụ điểm</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Tuần tra, kiểm soát</source>
        <translation>Patrols and checks</translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation>Supported persons</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Dịch vụ hỗ trợ</source>
        <translation>Support services</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Tuyên truyền, tập huấn</source>
        <translation>Awareness-raising and training</translation>
    </message>
    <message>
        <source>Đội tình nguyện</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>Đội</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Xử phạt và vụ án</source>
        <translation>Sanctions and cases</translation>
    </message>
    <message>
        <source>Xử phạt hành chính</source>
        <translation>Administrative sanctions</translation>
    </message>
    <message>
        <source>Vụ án hình sự</source>
        <translation>Criminal cases</translation>
    </message>
    <message>
        <source>Tin báo, tố giác</source>
        <translation>Tips and denunciations</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Nộp và tổng hợp báo cáo</source>
        <translation>Submitting and consolidating reports</translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Nhật ký truy cập</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Cơ sở kinh doanh dịch vụ</source>
        <translation>Service establishments</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Establishment name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Business type</translation>
    </message>
    <message>
        <source>Khách sạn</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Nhà nghỉ</source>
        <translation>Guesthouse</translation>
    </message>
    <message>
        <source>Karaoke</source>
        <translation>Karaoke</translation>
    </message>
    <message>
        <source>Vũ trường, quán bar</source>
        <translation>Dance club, bar</translation>
    </message>
    <message>
        <source>Xoa bóp, massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Tẩm quất, thư giãn</source>
        <translation>Relaxation, body rub</translation>
    </message>
    <message>
        <source>Cắt tóc, gội đầu</source>
        <translation>Hair salon, hair washing</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Số giấy phép, đăng ký kinh doanh</source>
        <translation>Licence / business registration no.</translation>
    </message>
    <message>
        <source>Chủ cơ sở</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Hình thức tiếp nhận</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Hộp thư tố giác</source>
        <translation>Tip mailbox</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Đơn, thư</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Mạng, thư điện tử</source>
        <translation>Online, e-mail</translation>
    </message>
    <message>
        <source>Địa điểm được báo</source>
        <translation>Place reported</translation>
    </message>
    <message>
        <source>Cơ sở được báo</source>
        <translation>Establishment reported</translation>
    </message>
    <message>
        <source>Nội dung tin báo</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>Tình trạng xử lý</source>
        <translation>Handling status</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Just received</translation>
    </message>
    <message>
        <source>Đang xác minh</source>
        <translation>Being verified</translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Không có cơ sở</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Chuyển cơ quan khác</source>
        <translation>Transferred to another agency</translation>
    </message>
    <message>
        <source>Ngày xử lý xong</source>
        <translation>Handled on</translation>
    </message>
    <message>
        <source>Kết quả xử lý</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Người cung cấp tin</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Liên lạc của người cung cấp tin</source>
        <translation>Informant&apos;s contact</translation>
    </message>
    <message>
        <source>Ngày kiểm tra</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>Cơ sở được kiểm tra</source>
        <translation>Establishment inspected</translation>
    </message>
    <message>
        <source>Cấp đội kiểm tra</source>
        <translation>Inspection team level</translation>
    </message>
    <message>
        <source>Đội 178 thành phố</source>
        <translation>City Team 178</translation>
    </message>
    <message>
        <source>Đội 178 quận, huyện</source>
        <translation>District Team 178</translation>
    </message>
    <message>
        <source>Đội 178 xã, phường</source>
        <translation>Commune Team 178</translation>
    </message>
    <message>
        <source>Cơ quan tham gia</source>
        <translation>Participating agencies</translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation>Inspection findings</translation>
    </message>
    <message>
        <source>Vi phạm phát hiện</source>
        <translation>Violations found</translation>
    </message>
    <message>
        <source>Giấy phép kinh doanh</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Điều kiện an ninh, trật tự</source>
        <translation>Security and public order conditions</translation>
    </message>
    <message>
        <source>Sổ quản lý nhân viên</source>
        <translation>Staff register</translation>
    </message>
    <message>
        <source>Sổ đăng ký khách</source>
        <translation>Guest register</translation>
    </message>
    <message>
        <source>Phát hiện hoạt động mại dâm</source>
        <translation>Prostitution activity found</translation>
    </message>
    <message>
        <source>Cơ sở vật chất</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Tiền phạt (đồng)</source>
        <translation>Fine (VND)</translation>
    </message>
    <message>
        <source>Đình chỉ hoạt động</source>
        <translation>Operations suspended</translation>
    </message>
    <message>
        <source>Tước giấy phép</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>Số quyết định xử phạt</source>
        <translation>Sanction decision no.</translation>
    </message>
    <message>
        <source>Hậu kiểm của lần kiểm tra</source>
        <translation>Follow-up inspection of</translation>
    </message>
    <message>
        <source>Theo tin báo</source>
        <translation>From tip</translation>
    </message>
    <message>
        <source>Tên tụ điểm</source>
        <translation>Hotspot name</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Loại tụ điểm</source>
        <translation>Hotspot type</translation>
    </message>
    <message>
        <source>Nơi công cộng</source>
        <translation>Public place</translation>
    </message>
    <message>
        <source>Trong cơ sở kinh doanh</source>
        <translation>Inside a business establishment</translation>
    </message>
    <message>
        <source>Ngày phát hiện</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>Ngày triệt xóa</source>
        <translation>Date eradicated</translation>
    </message>
    <message>
        <source>Bàn giao cho</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Tuần tra tụ điểm</source>
        <translation>Hotspot patrols</translation>
    </message>
    <message>
        <source>Ngày tuần tra</source>
        <translation>Patrol date</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Trong sạch</source>
        <translation>Clean</translation>
    </message>
    <message>
        <source>Có dấu hiệu</source>
        <translation>Signs found</translation>
    </message>
    <message>
        <source>Tổ tuần tra</source>
        <translation>Patrol team</translation>
    </message>
    <message>
        <source>Số người gặp</source>
        <translation>People encountered</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Ngày lập hồ sơ</source>
        <translation>Date file opened</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Số định danh cá nhân</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <source>Nơi cư trú</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <source>Quê quán (tỉnh)</source>
        <translation>Home province</translation>
    </message>
    <message>
        <source>Đồng ý tham gia</source>
        <translation>Consents to take part</translation>
    </message>
    <message>
        <source>Đang theo dõi</source>
        <translation>Under follow-up</translation>
    </message>
    <message>
        <source>Đã hòa nhập cộng đồng</source>
        <translation>Reintegrated into the community</translation>
    </message>
    <message>
        <source>Đã chuyển đi</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Đã đóng hồ sơ</source>
        <translation>File closed</translation>
    </message>
    <message>
        <source>Ngày hỗ trợ</source>
        <translation>Support date</translation>
    </message>
    <message>
        <source>Loại hỗ trợ</source>
        <translation>Type of support</translation>
    </message>
    <message>
        <source>Tư vấn tâm lý</source>
        <translation>Psychological counselling</translation>
    </message>
    <message>
        <source>Trợ giúp pháp lý</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>Dạy nghề</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <source>Giới thiệu, giải quyết việc làm</source>
        <translation>Job referral and placement</translation>
    </message>
    <message>
        <source>Hỗ trợ tín dụng</source>
        <translation>Credit support</translation>
    </message>
    <message>
        <source>Y tế (HIV, STI, methadone)</source>
        <translation>Health care (HIV, STI, methadone)</translation>
    </message>
    <message>
        <source>Sinh hoạt câu lạc bộ</source>
        <translation>Club activities</translation>
    </message>
    <message>
        <source>Số tiền vay (đồng)</source>
        <translation>Loan amount (VND)</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Sanctioned party</translation>
    </message>
    <message>
        <source>Người bán dâm</source>
        <translation>Person selling sex</translation>
    </message>
    <message>
        <source>Người mua dâm</source>
        <translation>Person buying sex</translation>
    </message>
    <message>
        <source>Môi giới</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Người bị xử phạt</source>
        <translation>Person sanctioned</translation>
    </message>
    <message>
        <source>Cơ sở bị xử phạt</source>
        <translation>Establishment sanctioned</translation>
    </message>
    <message>
        <source>Người, cơ quan ra quyết định</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Chủ tịch UBND thành phố</source>
        <translation>City People&apos;s Committee chair</translation>
    </message>
    <message>
        <source>Chủ tịch UBND quận, huyện</source>
        <translation>District People&apos;s Committee chair</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã, phường</source>
        <translation>Commune People&apos;s Committee chair</translation>
    </message>
    <message>
        <source>Công an</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Theo lần kiểm tra</source>
        <translation>Following inspection</translation>
    </message>
    <message>
        <source>Tội danh</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>Chứa mại dâm</source>
        <translation>Harbouring prostitution</translation>
    </message>
    <message>
        <source>Môi giới mại dâm</source>
        <translation>Brokering prostitution</translation>
    </message>
    <message>
        <source>Tổ chức hoạt động mại dâm</source>
        <translation>Organising prostitution</translation>
    </message>
    <message>
        <source>Mua bán người</source>
        <translation>Human trafficking</translation>
    </message>
    <message>
        <source>Ngày phát hiện, khởi tố</source>
        <translation>Date detected / prosecuted</translation>
    </message>
    <message>
        <source>Ngày truy tố</source>
        <translation>Indictment date</translation>
    </message>
    <message>
        <source>Ngày xét xử</source>
        <translation>Trial date</translation>
    </message>
    <message>
        <source>Số bị can, bị cáo</source>
        <translation>Number of suspects / defendants</translation>
    </message>
    <message>
        <source>Tóm tắt</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Đội công tác xã hội tình nguyện</source>
        <translation>Volunteer social work team</translation>
    </message>
    <message>
        <source>Tên đội</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Địa bàn phụ trách</source>
        <translation>Area covered</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>Ngày giải thể</source>
        <translation>Dissolved on</translation>
    </message>
    <message>
        <source>Thành viên đội tình nguyện</source>
        <translation>Volunteer team member</translation>
    </message>
    <message>
        <source>Đội trưởng</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Đội phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Đội viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Địa bàn được phân công</source>
        <translation>Assigned area</translation>
    </message>
    <message>
        <source>Ngày tham gia</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Ngày thôi tham gia</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Số người tham dự</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Số tài liệu, tờ rơi</source>
        <translation>Materials, leaflets</translation>
    </message>
    <message>
        <source>Đội tình nguyện thực hiện</source>
        <translation>Run by volunteer team</translation>
    </message>
    <message>
        <source>Chưa có mô hình</source>
        <translation>No model yet</translation>
    </message>
    <message>
        <source>Duy trì mô hình</source>
        <translation>Model maintained</translation>
    </message>
    <message>
        <source>Áp dụng mới mô hình</source>
        <translation>Model newly adopted</translation>
    </message>
    <message>
        <source>Xã, phường lành mạnh không có tệ nạn mại dâm</source>
        <translation>Healthy commune/ward free of prostitution</translation>
    </message>
    <message>
        <source>Chấm điểm xã, phường lành mạnh</source>
        <translation>Clean commune assessment</translation>
    </message>
    <message>
        <source>Không phát sinh tụ điểm, tệ nạn mại dâm</source>
        <translation>No prostitution hotspot arose</translation>
    </message>
    <message>
        <source>Tuyên truyền, vận động</source>
        <translation>Awareness raising</translation>
    </message>
    <message>
        <source>Quản lý cơ sở kinh doanh dịch vụ</source>
        <translation>Control of service businesses</translation>
    </message>
    <message>
        <source>Hỗ trợ người bán dâm hòa nhập</source>
        <translation>Support for reintegration</translation>
    </message>
    <message>
        <source>Đội tình nguyện, mô hình ở cơ sở</source>
        <translation>Volunteer teams, local models</translation>
    </message>
    <message>
        <source>Chỉ đạo, kế hoạch của cấp ủy, chính quyền</source>
        <translation>Direction and plans of the Party committee and authorities</translation>
    </message>
    <message>
        <source>Ngày chi</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Nội dung chi</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <source>Quận, huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Xã, phường, thị trấn</source>
        <translation>Commune/ward/township</translation>
    </message>
    <message>
        <source>Tập huấn cán bộ</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở kinh doanh dịch vụ</source>
        <translation>Inspection of service establishments</translation>
    </message>
    <message>
        <source>Xử phạt vi phạm hành chính</source>
        <translation>Administrative sanctions</translation>
    </message>
    <message>
        <source>Hỗ trợ người bán dâm</source>
        <translation>Support for persons who sell sex</translation>
    </message>
    <message>
        <source>Hồ sơ người bán dâm</source>
        <translation>Files of persons who sell sex</translation>
    </message>
    <message>
        <source>Mô hình và xã, phường lành mạnh</source>
        <translation>Models and healthy communes/wards</translation>
    </message>
    <message>
        <source>Số buổi tuyên truyền</source>
        <translation>Number of awareness-raising sessions</translation>
    </message>
    <message>
        <source>buổi</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>Số lượt người dự tuyên truyền</source>
        <translation>Number of attendances at awareness-raising sessions</translation>
    </message>
    <message>
        <source>lượt người</source>
        <translation>attendances</translation>
    </message>
    <message>
        <source>Số tài liệu, tờ rơi phát hành</source>
        <translation>Number of materials and leaflets distributed</translation>
    </message>
    <message>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>Số lớp tập huấn cán bộ</source>
        <translation>Number of staff training classes</translation>
    </message>
    <message>
        <source>lớp</source>
        <translation>classes</translation>
    </message>
    <message>
        <source>Số lượt cán bộ được tập huấn</source>
        <translation>Number of officer attendances at training</translation>
    </message>
    <message>
        <source>Số lượt kiểm tra cơ sở kinh doanh dịch vụ</source>
        <translation>Number of inspections of service establishments</translation>
    </message>
    <message>
        <source>lượt</source>
        <translation>times</translation>
    </message>
    <message>
        <source>Số cơ sở được kiểm tra</source>
        <translation>Number of establishments inspected</translation>
    </message>
    <message>
        <source>cơ sở</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>Số cơ sở được Đội kiểm tra liên ngành 178 thành phố kiểm tra</source>
        <translation>Establishments inspected by the city&apos;s interagency 178 team</translation>
    </message>
    <message>
        <source>Số cơ sở được Đội kiểm tra liên ngành 178 quận, huyện kiểm tra</source>
        <translation>Establishments inspected by district interagency 178 teams</translation>
    </message>
    <message>
        <source>Số cơ sở vi phạm</source>
        <translation>Number of establishments in violation</translation>
    </message>
    <message>
        <source>Số cơ sở bị xử phạt</source>
        <translation>Number of establishments sanctioned</translation>
    </message>
    <message>
        <source>Số cơ sở bị đình chỉ, tước giấy phép</source>
        <translation>Number of establishments suspended or with licence revoked</translation>
    </message>
    <message>
        <source>Tiền phạt cơ sở kinh doanh</source>
        <translation>Fines on business establishments</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>VND</translation>
    </message>
    <message>
        <source>Số lượt hậu kiểm</source>
        <translation>Number of follow-up inspections</translation>
    </message>
    <message>
        <source>Số lượt kiểm tra của Đội 178 thành phố</source>
        <translation>Inspections by the city 178 team</translation>
    </message>
    <message>
        <source>Số lượt kiểm tra của Đội 178 quận, huyện</source>
        <translation>Inspections by district 178 teams</translation>
    </message>
    <message>
        <source>Số lượt kiểm tra của Đội 178 xã, phường</source>
        <translation>Inspections by commune 178 teams</translation>
    </message>
    <message>
        <source>Số cơ sở được Đội kiểm tra liên ngành 178 xã, phường kiểm tra</source>
        <translation>Establishments inspected by commune 178 teams</translation>
    </message>
    <message>
        <source>Số tụ điểm phức tạp hiện có</source>
        <translation>Number of problem hotspots present</translation>
    </message>
    <message>
        <source>tụ điểm</source>
        <translation>hotspots</translation>
    </message>
    <message>
        <source>Số tụ điểm triệt xóa trong kỳ</source>
        <translation>Number of hotspots eradicated in the period</translation>
    </message>
    <message>
        <source>Số tụ điểm trong cơ sở kinh doanh dịch vụ triệt xóa trong kỳ</source>
        <translation>Hotspots inside businesses eradicated in the period</translation>
    </message>
    <message>
        <source>Số tụ điểm đã triệt xóa duy trì trong sạch</source>
        <translation>Number of eradicated hotspots kept clean</translation>
    </message>
    <message>
        <source>Số tụ điểm tái hoạt động</source>
        <translation>Number of re-activated hotspots</translation>
    </message>
    <message>
        <source>Số tụ điểm nơi công cộng đã triệt xóa trước năm báo cáo bị tái hoạt động</source>
        <translation>Public hotspots eradicated before the reporting year that became active again</translation>
    </message>
    <message>
        <source>Số lượt tuần tra, kiểm tra tụ điểm</source>
        <translation>Number of hotspot patrols and checks</translation>
    </message>
    <message>
        <source>Số tin báo, tố giác tiếp nhận</source>
        <translation>Tips received</translation>
    </message>
    <message>
        <source>tin</source>
        <translation>tips</translation>
    </message>
    <message>
        <source>Số tin báo, tố giác đã xử lý xong</source>
        <translation>Tips handled</translation>
    </message>
    <message>
        <source>Số tin báo dẫn đến kiểm tra hoặc khởi tố vụ án</source>
        <translation>Tips that led to an inspection or a criminal case</translation>
    </message>
    <message>
        <source>Số người bán dâm bị xử phạt hành chính</source>
        <translation>Number of persons selling sex given administrative sanctions</translation>
    </message>
    <message>
        <source>người</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Số người mua dâm bị xử phạt hành chính</source>
        <translation>Number of persons buying sex given administrative sanctions</translation>
    </message>
    <message>
        <source>Số đối tượng khác bị xử phạt (chủ cơ sở, môi giới...)</source>
        <translation>Number of other persons sanctioned (owners, brokers...)</translation>
    </message>
    <message>
        <source>Tiền phạt vi phạm hành chính</source>
        <translation>Administrative fines</translation>
    </message>
    <message>
        <source>Số quyết định xử phạt của Đội 178 thành phố</source>
        <translation>Sanction decisions of the city 178 team</translation>
    </message>
    <message>
        <source>quyết định</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>Tiền phạt của Đội 178 thành phố</source>
        <translation>Fines imposed by the city 178 team</translation>
    </message>
    <message>
        <source>Số quyết định xử phạt cấp quận, huyện</source>
        <translation>Sanction decisions at district level</translation>
    </message>
    <message>
        <source>Số quyết định xử phạt cấp xã, phường</source>
        <translation>Sanction decisions at commune level</translation>
    </message>
    <message>
        <source>Số vụ án phát hiện, khởi tố</source>
        <translation>Number of criminal cases detected or prosecuted</translation>
    </message>
    <message>
        <source>vụ</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>Số đối tượng trong các vụ án phát hiện</source>
        <translation>Number of suspects in the cases detected</translation>
    </message>
    <message>
        <source>Số vụ án đưa ra xét xử</source>
        <translation>Number of cases brought to trial</translation>
    </message>
    <message>
        <source>Số người bán dâm được hỗ trợ</source>
        <translation>Number of persons who sell sex given support</translation>
    </message>
    <message>
        <source>Số lượt tư vấn tâm lý</source>
        <translation>Number of psychological counselling sessions</translation>
    </message>
    <message>
        <source>Số lượt trợ giúp pháp lý</source>
        <translation>Number of legal aid sessions</translation>
    </message>
    <message>
        <source>Số lượt tiếp cận dịch vụ y tế</source>
        <translation>Number of times health services were accessed</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ học nghề</source>
        <translation>Number of persons supported in vocational training</translation>
    </message>
    <message>
        <source>Số người được giới thiệu, giải quyết việc làm</source>
        <translation>Number of persons referred to or placed in jobs</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ vay vốn</source>
        <translation>Number of persons supported with loans</translation>
    </message>
    <message>
        <source>Số tiền vay vốn được hỗ trợ</source>
        <translation>Amount of loans supported</translation>
    </message>
    <message>
        <source>Số người bán dâm mới được lập hồ sơ</source>
        <translation>Number of persons who sell sex newly registered</translation>
    </message>
    <message>
        <source>Số đội công tác xã hội tình nguyện hiện có</source>
        <translation>Volunteer social work teams in being</translation>
    </message>
    <message>
        <source>đội</source>
        <translation>teams</translation>
    </message>
    <message>
        <source>Số thành viên đội tình nguyện hiện có</source>
        <translation>Volunteer team members in being</translation>
    </message>
    <message>
        <source>Số hoạt động do đội tình nguyện thực hiện</source>
        <translation>Activities run by volunteer teams</translation>
    </message>
    <message>
        <source>Số xã, phường có mô hình PCMD</source>
        <translation>Number of communes/wards with a PCMD model</translation>
    </message>
    <message>
        <source>xã</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>Số xã, phường áp dụng mới mô hình</source>
        <translation>Number of communes/wards newly adopting the model</translation>
    </message>
    <message>
        <source>Số xã, phường không có tệ nạn mại dâm</source>
        <translation>Number of communes/wards free of prostitution</translation>
    </message>
    <message>
        <source>Số xã, phường được chấm điểm lành mạnh</source>
        <translation>Communes and wards assessed for the clean-commune title</translation>
    </message>
    <message>
        <source>Kinh phí đã sử dụng</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Ngày xử lý</source>
        <translation>Handled on</translation>
    </message>
    <message>
        <source>Kiểm tra, vụ án</source>
        <translation>Inspection, case</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Phức tạp</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã triệt xóa, giữ vững</source>
        <translation>Eradicated, kept clean</translation>
    </message>
    <message>
        <source>Tái hoạt động</source>
        <translation>Re-activated</translation>
    </message>
    <message>
        <source>Người ra quyết định</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation>In the team</translation>
    </message>
    <message>
        <source>Đã thôi tham gia</source>
        <translation>Left the team</translation>
    </message>
    <message>
        <source>Đội đã giải thể</source>
        <translation>Team dissolved</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Tạo bản ghi</source>
        <translation>Create record</translation>
    </message>
    <message>
        <source>Sửa bản ghi</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <source>Xóa (vào thùng rác)</source>
        <translation>Delete (to recycle bin)</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi</source>
        <translation>Restore record</translation>
    </message>
    <message>
        <source>Mở hồ sơ người được hỗ trợ</source>
        <translation>Open a supported person&apos;s file</translation>
    </message>
    <message>
        <source>Mở hồ sơ thành viên đội tình nguyện</source>
        <translation>Opened a volunteer team member&apos;s file</translation>
    </message>
    <message>
        <source>Xem người cung cấp tin báo, tố giác</source>
        <translation>Viewed a tip&apos;s informant</translation>
    </message>
    <message>
        <source>Xem danh sách người được hỗ trợ (tìm kiếm)</source>
        <translation>View the list of supported persons (search)</translation>
    </message>
    <message>
        <source>Xem danh sách thành viên đội tình nguyện (họ tên)</source>
        <translation>Viewed the list of volunteer team members (names)</translation>
    </message>
    <message>
        <source>Tìm hồ sơ trùng (xem họ tên, số định danh)</source>
        <translation>Find duplicate files (names and identity numbers seen)</translation>
    </message>
    <message>
        <source>Gộp hồ sơ người được hỗ trợ</source>
        <translation>Merge files of supported persons</translation>
    </message>
    <message>
        <source>Xuất dữ liệu có thông tin cá nhân</source>
        <translation>Export data with personal information</translation>
    </message>
    <message>
        <source>Báo cáo có thông tin cá nhân</source>
        <translation>Report with personal information</translation>
    </message>
    <message>
        <source>Viết phần nhận xét của báo cáo</source>
        <translation>Write a report&apos;s narrative</translation>
    </message>
    <message>
        <source>Xuất tệp báo cáo gửi cấp trên</source>
        <translation>Upward report file exported</translation>
    </message>
    <message>
        <source>Nhận tệp báo cáo của đơn vị cấp dưới</source>
        <translation>Child unit report file received</translation>
    </message>
    <message>
        <source>Duyệt báo cáo của đơn vị cấp dưới</source>
        <translation>Accept a lower-level unit&apos;s report</translation>
    </message>
    <message>
        <source>Yêu cầu đơn vị cấp dưới sửa lại báo cáo</source>
        <translation>Request a revision of a lower-level unit&apos;s report</translation>
    </message>
    <message>
        <source>Ghi lại tệp quyết định duyệt</source>
        <translation>Write the decision file again</translation>
    </message>
    <message>
        <source>Nhận quyết định duyệt của cấp trên</source>
        <translation>Take the upper level&apos;s approval decision</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Đăng nhập thất bại</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Mở khóa màn hình</source>
        <translation>Unlock screen</translation>
    </message>
    <message>
        <source>Tạo người quản trị đầu tiên</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <source>Vô hiệu hóa người dùng</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Kích hoạt người dùng</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>Khôi phục bằng khóa khôi phục</source>
        <translation>Recover with the recovery key</translation>
    </message>
    <message>
        <source>Khóa khôi phục sai</source>
        <translation>Wrong recovery key</translation>
    </message>
    <message>
        <source>Thay đổi cài đặt</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Tạo cặp khóa của đơn vị</source>
        <translation>Unit key pair created</translation>
    </message>
    <message>
        <source>Tin cậy khóa của đơn vị khác</source>
        <translation>Another unit&apos;s key trusted</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu</source>
        <translation>Data-entry officer</translation>
    </message>
    <message>
        <source>Cán bộ báo cáo</source>
        <translation>Reporting officer</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Thành phố, tỉnh</source>
        <translation>City/province</translation>
    </message>
    <message>
        <source>Không phát sinh tụ điểm, tệ nạn mại dâm trên địa bàn</source>
        <translation>No prostitution hotspot or activity arose in the area</translation>
    </message>
    <message>
        <source>Tuyên truyền, vận động nhân dân phòng, chống mại dâm</source>
        <translation>Awareness raising among residents on prostitution prevention</translation>
    </message>
    <message>
        <source>Quản lý, kiểm tra cơ sở kinh doanh dịch vụ</source>
        <translation>Control and inspection of service businesses</translation>
    </message>
    <message>
        <source>Hỗ trợ người bán dâm hòa nhập cộng đồng</source>
        <translation>Support for people who sold sex to reintegrate</translation>
    </message>
    <message>
        <source>Hoạt động của đội tình nguyện, mô hình ở cơ sở</source>
        <translation>Work of the volunteer team and local models</translation>
    </message>
    <message>
        <source>Đạt xã, phường lành mạnh</source>
        <translation>Passed: a clean commune</translation>
    </message>
    <message>
        <source>Chưa đạt: {0}</source>
        <translation>Not passed: {0}</translation>
    </message>
    <message>
        <source>tổng điểm {0}/{1}, dưới {2} điểm</source>
        <translation>a total of {0}/{1}, under {2} points</translation>
    </message>
    <message>
        <source>tiêu chí «{0}» chưa đạt đủ điểm ({1}/{2})</source>
        <translation>criterion &apos;{0}&apos; not scored in full ({1}/{2})</translation>
    </message>
    <message>
        <source>Đã kiểm tra, khởi tố</source>
        <translation type="vanished">Led to action</translation>
    </message>
    <message>
        <source>Số hoạt động</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Mỗi cơ sở dữ liệu thuộc về một đơn vị hành chính (xã, phường, thị trấn; quận, huyện; hoặc thành phố). Đơn vị được chọn một lần khi tạo và không đổi được về sau, vì cấp của đơn vị quyết định các việc phần mềm làm.</source>
        <translation type="vanished">Each database belongs to one administrative unit (a commune, ward or township; a district; or a city). The unit is chosen once, when the database is created, and cannot be changed later, because the unit&apos;s level decides what the software does.</translation>
    </message>
    <message>
        <source>Khi đơn vị được sáp nhập, cơ sở dữ liệu của đơn vị cũ lập tệp bàn giao toàn bộ hồ sơ cho đơn vị kế tiếp; thông tin cá nhân được niêm phong cho khóa của đơn vị nhận. Đơn vị nhận nhận cả tệp hoặc không nhận gì.</source>
        <translation type="vanished">When a unit is merged, the old unit&apos;s database writes a handover file of all its records for the successor unit; personal data is sealed for the receiving unit&apos;s key. The receiving unit takes the whole file or nothing.</translation>
    </message>
    <message>
        <source>Không đạt chỉ tiêu</source>
        <translation type="vanished">Target not met</translation>
    </message>
    <message>
        <source>Xuất tệp báo cáo gửi cấp trên, nhập tệp của các đơn vị cấp dưới và theo dõi đơn vị nào chưa nộp.</source>
        <translation type="vanished">Export report files to send to the level above, import the files of lower-level units and track which units have not submitted.</translation>
    </message>
    <message>
        <source>Đơn vị cấp dưới chưa nộp báo cáo: theo dõi đơn vị chưa nộp có ở phiên bản sau.</source>
        <translation type="vanished">Units below that have not sent their report: tracking them comes in a later version.</translation>
    </message>
    <message>
        <source>Các mẫu báo cáo định kỳ theo kỳ báo cáo, xem trước, in và xuất ra PDF, Excel.</source>
        <translation type="vanished">Periodic report forms by reporting period: preview, print and export to PDF and Excel.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
</context>
</TS>
