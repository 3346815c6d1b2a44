import {
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  EditOutlined,
  HomeOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  RiseOutlined,
  TeamOutlined,
  UserOutlined,
  VideoCameraOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ContactForm, ContactKind, IncidentKind } from '../../../gql/graphql';

/** One icon per contact form, one colour per kind: the timeline reads at a glance. */
export const FORM_ICONS: Record<ContactForm, typeof HomeOutlined> = {
  HOME_VISIT: HomeOutlined,
  PARENT_VISIT: UserOutlined,
  INVITED_VISIT: CalendarOutlined,
  PHONE: PhoneOutlined,
  VIDEO_CALL: VideoCameraOutlined,
  LETTER_OR_EMAIL: MailOutlined,
  PARENT_MEETING: TeamOutlined,
  CLASS_GROUP_MESSAGE: MessageOutlined,
  CONTACT_BOOK: BookOutlined,
  ONLINE_MESSAGE: CommentOutlined,
};

export const KIND_COLORS: Record<ContactKind, string> = {
  ROUTINE: '#1677ff',
  FOCUS: '#fa8c16',
  IMMEDIATE: '#f5222d',
  GENERAL_VISIT: '#13c2c2',
  FOLLOW_UP: '#722ed1',
  SCHEDULED: '#52c41a',
};

export const KIND_TAG_COLORS: Record<ContactKind, string> = {
  ROUTINE: 'blue',
  FOCUS: 'orange',
  IMMEDIATE: 'red',
  GENERAL_VISIT: 'cyan',
  FOLLOW_UP: 'purple',
  SCHEDULED: 'green',
};

/** Incidents, notes and escalation steps have one icon each; a withdrawn entry of any type turns grey. */
export const INCIDENT_ICON = WarningOutlined;
export const NOTE_ICON = EditOutlined;
export const ESCALATION_ICON = RiseOutlined;
export const INCIDENT_COLOR = '#d4380d';
export const NOTE_COLOR = '#595959';
export const ESCALATION_COLOR = '#c41d7f';
export const WITHDRAWN_COLOR = '#bfbfbf';

export const INCIDENT_TAG_COLORS: Record<IncidentKind, string> = {
  ILLNESS_ABSENCE: 'volcano',
  FAMILY_EVENT: 'magenta',
  INJURY: 'red',
  TRUANCY: 'volcano',
  DISCIPLINE: 'red',
  AWARD: 'gold',
  OTHER: 'default',
};
