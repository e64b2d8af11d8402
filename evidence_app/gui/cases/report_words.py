"""Reports in the window's words: platforms, channels, statuses, next steps and what a
platform asks for (`domain.report`, `domain.followup`, `domain.platforms`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app.domain.followup import Step
from evidence_app.domain.platforms import platform_info
from evidence_app.domain.report import Channel, ReportStatus


def platform_name(key: str) -> str:
    info = platform_info(key)
    if info is not None and info.name:
        return info.name
    if key == "other":
        return QCoreApplication.translate("Reports", "Another website or host")
    return key


def status_name(status: str) -> str:
    names: dict[str, str] = {
        ReportStatus.DRAFT: QCoreApplication.translate("Reports", "Draft, not sent yet"),
        ReportStatus.SENT: QCoreApplication.translate("Reports", "Sent"),
        ReportStatus.ACKNOWLEDGED: QCoreApplication.translate(
            "Reports", "Received by the platform"
        ),
        ReportStatus.MORE_INFO: QCoreApplication.translate(
            "Reports", "They asked for more information"
        ),
        ReportStatus.REMOVED: QCoreApplication.translate("Reports", "Removed"),
        ReportStatus.REFUSED: QCoreApplication.translate("Reports", "Refused"),
        ReportStatus.APPEALED: QCoreApplication.translate("Reports", "Decision contested"),
        ReportStatus.ESCALATED: QCoreApplication.translate(
            "Reports", "Passed on (helpline, police)"
        ),
        ReportStatus.BACK_ONLINE: QCoreApplication.translate("Reports", "Online again"),
    }
    return names.get(status, status)


def channel_name(channel: str) -> str:
    names: dict[str, str] = {
        Channel.IN_APP: QCoreApplication.translate(
            "Reports", "Report button in the app or on the site"
        ),
        Channel.WEB_FORM: QCoreApplication.translate("Reports", "A form on the website"),
        Channel.EMAIL: QCoreApplication.translate("Reports", "E-mail"),
        Channel.DPO: QCoreApplication.translate(
            "Reports", "The platform’s data protection officer"
        ),
        Channel.HELPLINE: QCoreApplication.translate(
            "Reports", "A helpline (Child Focus, IGVM, Helpwanted, …)"
        ),
        Channel.HASH: QCoreApplication.translate(
            "Reports", "StopNCII.org or Take It Down (a fingerprint, not the picture)"
        ),
        Channel.SEARCH_REMOVAL: QCoreApplication.translate(
            "Reports", "A search engine’s removal form"
        ),
        Channel.POLICE: QCoreApplication.translate("Reports", "The police"),
    }
    return names.get(channel, channel)


def step_text(step: str) -> str:
    names: dict[str, str] = {
        Step.SEND: QCoreApplication.translate("Reports", "Send the report: it is still a draft."),
        Step.FOLLOW_UP: QCoreApplication.translate(
            "Reports", "No answer yet? Look for one, or write again."
        ),
        Step.FOLLOW_UP_AGAIN: QCoreApplication.translate(
            "Reports", "Still no answer after a week: write again, or ask a helpline."
        ),
        Step.MORE_INFO: QCoreApplication.translate(
            "Reports", "They asked for more information: send it."
        ),
        Step.RECHECK: QCoreApplication.translate("Reports", "Look again whether it is still gone."),
        Step.APPEAL: QCoreApplication.translate(
            "Reports", "They refused. You can contest the decision."
        ),
        Step.REPORT_AGAIN: QCoreApplication.translate(
            "Reports", "It is online again: report it again."
        ),
    }
    return names.get(step, step)


def asks_text(key: str) -> str:
    names = {
        "address": QCoreApplication.translate(
            "Reports", "the exact address of the post, video or profile"
        ),
        "account": QCoreApplication.translate("Reports", "the name of the account that posted it"),
        "screenshot": QCoreApplication.translate("Reports", "a screenshot"),
        "identity": QCoreApplication.translate(
            "Reports", "that the report comes from the person shown, or someone acting for them"
        ),
        "reason": QCoreApplication.translate(
            "Reports", "why the content breaks the law or the rules"
        ),
        "image": QCoreApplication.translate(
            "Reports", "the picture itself, on your own device (only a fingerprint is sent)"
        ),
    }
    return names.get(key, key)
