import { Text, View } from '@tarojs/components';
import './mailbox.scss';

/**
 * What is kept and what is not, said plainly before the writer sends (docs/domain.md §8.3),
 * including what the platform itself records, which this app cannot change.
 */
export function PrivacyNote({ anonymous }: { anonymous: boolean }) {
  return (
    <View className="mailbox-note" data-testid="privacy-note">
      <Text className="mailbox-note__title">
        {anonymous ? '匿名信会保存什么' : '实名信会保存什么'}
      </Text>
      {anonymous ? (
        <>
          <Text className="mailbox-note__line">
            保存：信的内容、照片（去掉拍摄时间、地点等信息后重新保存）、收信的组织、写信的日期（不含时刻）。
          </Text>
          <Text className="mailbox-note__line">
            不保存：你的微信身份、姓名、手机号、所在支部以下的组织信息、设备信息，也不保存能算出这些信息的摘要。书记和管理员都看不到是谁写的。
          </Text>
          <Text className="mailbox-note__line">
            发送后你会得到一个凭证号，只有凭它才能查看答复。服务器只保存凭证号的加密摘要，丢失后无法找回，请抄下或复制保存；本机也会保留一份。
          </Text>
          <Text className="mailbox-note__line">
            请注意：微信和云开发平台自身的访问日志会记录一次调用来自哪个微信账号、何时、从哪个网络地址发出，这些日志不在本应用掌控之内。如需更稳妥，请不要在信中写能认出你的细节。
          </Text>
        </>
      ) : (
        <>
          <Text className="mailbox-note__line">
            保存：信的内容、照片（去掉拍摄信息后重新保存）、你的姓名和写信日期。收信人会看到你的姓名。
          </Text>
          <Text className="mailbox-note__line">
            答复会出现在“我的信件”中。平台的访问日志也会记录这次调用。
          </Text>
        </>
      )}
    </View>
  );
}
