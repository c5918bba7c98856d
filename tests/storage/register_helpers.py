"""Helpers of the register tests: organisations with a numbering rule, bare meetings."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.enums import Authority, DocumentKind, DocumentStyle, Role
from secretary_app.domain.model import Attendee, Meeting, OfficialDocument, Organization, Signer
from secretary_app.storage.meetings import create_meeting
from secretary_app.storage.organizations import save_organization


def make_org(store, style=DocumentStyle.STATE, numbering="shared", term_start=None,
             abbreviation="SGDĐT") -> Organization:
    """A stored organisation profile with this numbering rule."""
    org = Organization(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent_name="UBND TỈNH ĐẮK LẮK",
                       abbreviation=abbreviation, place_name="Đắk Lắk", style=style,
                       numbering=numbering, term_start=term_start)
    save_organization(store, org)
    return org


def make_meeting(store, org: Organization, date: dt.date, title: str = "Họp giao ban") -> int:
    """A meeting of org with an (unnumbered) minutes and notice."""
    chair = Attendee("chair", "Lê Thị Thanh Xuân", "Giám đốc Sở", role=Role.CHAIR)
    meeting = Meeting(title=title, date=date, organization=org, attendees=[chair], chair="chair",
                      documents=[
        OfficialDocument(DocumentKind.MINUTES, recipients=["Ban Giám đốc Sở;"]),
        OfficialDocument(DocumentKind.NOTICE, recipients=["Các phòng thuộc Sở;"],
                         signer=Signer(Authority.TL, "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
                                       "Nguyễn Văn Bình"))])
    return create_meeting(store, meeting)
