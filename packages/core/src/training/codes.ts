import { defineCodeList } from '../common/codeList';

/**
 * Kind of course (loại lớp bồi dưỡng, đào tạo).
 *
 * @see QĐ 350-QĐ/TW (29/8/2025) on political theory training
 */
export const CourseKinds = defineCodeList('course-kind', {
  'key-leaders': { vi: 'Bồi dưỡng lãnh đạo chủ chốt', en: 'Key leaders' },
  'department-leaders': { vi: 'Bồi dưỡng lãnh đạo cấp phòng', en: 'Department leaders' },
  'party-agency-leaders': {
    vi: 'Bồi dưỡng lãnh đạo cơ quan tham mưu',
    en: 'Leaders of party advisory agencies',
  },
  'front-leaders': {
    vi: 'Bồi dưỡng Mặt trận và đoàn thể',
    en: 'Leaders of the Front and mass organisations',
  },
  'theory-elementary': {
    vi: 'Sơ cấp lý luận chính trị',
    en: 'Elementary political theory',
    aliases: ['Bồi dưỡng lý luận chính trị'],
  },
  'theory-intermediate': { vi: 'Trung cấp lý luận chính trị', en: 'Intermediate political theory' },
  'theory-advanced': { vi: 'Cao cấp lý luận chính trị', en: 'Advanced political theory' },
  'new-member': { vi: 'Bồi dưỡng đảng viên mới', en: 'New members' },
  'party-awareness': { vi: 'Bồi dưỡng nhận thức về Đảng', en: 'Awareness of the Party' },
  other: { vi: 'Khác', en: 'Other' },
});

/** Result of an attendee (kết quả); empty means the course is still running. */
export const TrainingResults = defineCodeList('training-result', {
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  'not-completed': { vi: 'Chưa hoàn thành', en: 'Not completed' },
  'in-progress': { vi: 'Đang học', en: 'In progress' },
});
